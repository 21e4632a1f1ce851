package org.trialworkbench.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.trialworkbench.service.CancellationToken;

/**
 * The one long piece of work (import or export) that may run at a time: its label, progress and
 * cancellation token. The status bar shows it; Cancel sets the token.
 */
public final class WorkState {
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty text = new SimpleStringProperty("");
    private CancellationToken token = new CancellationToken();

    /** Starts work; returns its token. Callers check {@link #isRunning()} first. */
    public CancellationToken begin(String label) {
        token = new CancellationToken();
        progress.set(-1);
        text.set(label);
        running.set(true);
        return token;
    }

    /** Progress: fraction 0..1, or negative when the total is unknown. */
    public void update(double fraction, String label) {
        progress.set(fraction);
        text.set(label);
    }

    public void end() {
        running.set(false);
        progress.set(-1);
        text.set("");
    }

    public void cancel() {
        token.cancel();
        text.set("Cancelling…");
    }

    public boolean isRunning() {
        return running.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty textProperty() {
        return text;
    }

    public CancellationToken token() {
        return token;
    }
}
