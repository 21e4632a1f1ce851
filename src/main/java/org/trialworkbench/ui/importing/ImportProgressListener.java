package org.trialworkbench.ui.importing;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.trialworkbench.service.ImportEvent;
import org.trialworkbench.service.ImportListener;
import org.trialworkbench.ui.TaskRunner;
import org.trialworkbench.ui.WorkState;

/**
 * Listens to an import on the importing thread: keeps the FAILED/WARNING lines and passes progress
 * to the UI thread at most every {@value #MIN_INTERVAL_MS} ms, so a fast import cannot flood it.
 */
final class ImportProgressListener implements ImportListener {
    private static final long MIN_INTERVAL_MS = 100;

    private final TaskRunner runner;
    private final WorkState work;
    private final String label;
    private final List<String> problems = new ArrayList<>();
    private final AtomicLong lastPosted = new AtomicLong();

    ImportProgressListener(TaskRunner runner, WorkState work, String label) {
        this.runner = runner;
        this.work = work;
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
        long now = System.currentTimeMillis();
        long last = lastPosted.get();
        if (now - last < MIN_INTERVAL_MS || !lastPosted.compareAndSet(last, now)) {
            return;
        }
        double fraction = bytesTotal > 0 ? Math.min(1.0, (double) bytesDone / bytesTotal) : -1;
        String text = progressText(label, records, ratePerSecond);
        runner.onUiThread(() -> {
            if (!work.token().isCancelled()) {
                work.update(fraction, text);
            }
        });
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
