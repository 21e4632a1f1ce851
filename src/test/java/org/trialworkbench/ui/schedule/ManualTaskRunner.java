package org.trialworkbench.ui.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.trialworkbench.ui.TaskRunner;

/** Holds submitted work until the test finishes it, in any order: for out-of-order results. */
final class ManualTaskRunner implements TaskRunner {
    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        pending.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    @Override
    public void onUiThread(Runnable update) {
        update.run();
    }

    int pending() {
        return pending.size();
    }

    /** Runs the work submitted as number {@code index} (0 = first) and its callback. */
    void finish(int index) {
        pending.get(index).run();
    }
}
