package org.trialworkbench.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (catalog loads, imports, exports, settings writes) away from the JavaFX thread.
 * Callbacks and {@link #onUiThread} updates run on the UI thread, so background code never touches
 * controls and never opens dialogs. {@link SameThreadTaskRunner} runs everything at once for tests.
 */
public interface TaskRunner {

    /** Runs {@code work} in the background; then {@code onSuccess} or {@code onFailure} on the UI thread. */
    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Hands an update from background code to the UI thread. */
    void onUiThread(Runnable update);

    /** Stops accepting work; running work is left to finish (its threads are daemons). */
    default void shutdown() {
    }
}
