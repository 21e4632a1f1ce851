package org.trialworkbench.app;

import java.io.PrintStream;
import org.trialworkbench.service.ImportEvent;
import org.trialworkbench.service.ImportListener;

/**
 * Prints one line per record on standard error and, on a terminal, a progress line (records done,
 * rate, time left) that rewrites itself.
 */
final class ProgressLine implements ImportListener {
    private final PrintStream err;
    private final boolean terminal;
    private long lastPrint;
    private boolean dirty;

    ProgressLine(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void event(ImportEvent event) {
        clear();
        err.println(event.line());
    }

    @Override
    public void progress(long records, long bytesDone, long bytesTotal, double ratePerSecond) {
        long now = System.currentTimeMillis();
        if (!terminal || now - lastPrint < 250) {
            return;
        }
        lastPrint = now;
        String left = "";
        if (bytesTotal > 0 && bytesDone > 0 && bytesDone < bytesTotal) {
            double fraction = (double) bytesDone / bytesTotal;
            long elapsed = Math.round(records / Math.max(ratePerSecond, 1e-9));
            left = String.format(", about %ds left", Math.round(elapsed * (1 - fraction) / fraction));
        }
        err.printf("\r%d records, %.0f/s%s   ", records, ratePerSecond, left);
        dirty = true;
    }

    void done() {
        clear();
    }

    private void clear() {
        if (dirty) {
            err.print("\r" + " ".repeat(60) + "\r");
            dirty = false;
        }
    }
}
