package org.trialworkbench.ui;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Runs an action once, {@code delay} after the last of a burst of triggers (UI thread). */
public final class Debouncer {
    private final PauseTransition pause;

    public Debouncer(Duration delay, Runnable action) {
        pause = new PauseTransition(delay);
        pause.setOnFinished(e -> action.run());
    }

    public void trigger() {
        pause.playFromStart();
    }

    /** Drops a pending run (e.g. because the action is being run right now anyway). */
    public void cancel() {
        pause.stop();
    }
}
