package org.trialworkbench.ui.importing;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trialworkbench.service.ImportEvent;
import org.trialworkbench.service.ImportListener;
import org.trialworkbench.ui.ProgressPoster;
import org.trialworkbench.ui.TaskRunner;
import org.trialworkbench.ui.WorkState;

/**
 * Listens to an import on the importing thread: keeps the FAILED/WARNING lines and passes progress
 * to the status bar through a {@link ProgressPoster}.
 */
final class ImportProgressListener implements ImportListener {
    private final ProgressPoster poster;
    private final String label;
    private final List<String> problems = new ArrayList<>();

    ImportProgressListener(TaskRunner runner, WorkState work, String label) {
        this.poster = new ProgressPoster(runner, work);
        this.label = label;
    }

    @Override
    public void event(ImportEvent event) {
        if (event.kind() == ImportEvent.Kind.FAILED || event.kind() == ImportEvent.Kind.WARNING) {
            synchronized (problems) {
                problems.add(event.line());
            }
        }
    }

    @Override
    public void progress(long records, long bytesDone, long bytesTotal, double ratePerSecond) {
        double fraction = bytesTotal > 0 ? Math.min(1.0, (double) bytesDone / bytesTotal) : -1;
        poster.post(fraction, progressText(label, records, ratePerSecond), false);
    }

    List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    /** "Importing: 1,234 records · 250 records/s". */
    static String progressText(String label, long records, double ratePerSecond) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ROOT);
        n.setGroupingUsed(true);
        return label + ": " + n.format(records) + " records · " + n.format(Math.round(ratePerSecond)) + " records/s";
    }
}
