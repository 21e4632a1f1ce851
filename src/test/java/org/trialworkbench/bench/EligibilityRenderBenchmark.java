package org.trialworkbench.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.trialworkbench.analysis.compare.EligibilityAligner;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.comparison.Comparison;
import org.trialworkbench.service.CompareService;
import org.trialworkbench.ui.AppState;
import org.trialworkbench.ui.MainWindow;
import org.trialworkbench.ui.SameThreadTaskRunner;
import org.trialworkbench.ui.TaskRunner;
import org.trialworkbench.ui.eligibility.EligibilityPanel;
import org.trialworkbench.ui.eligibility.EligibilityPanelViewModel;

/**
 * How long the Eligibility panel takes for 6 trials × 60 real criteria (see {@link RealCriteriaTrials}),
 * warm: after warm-up rounds, the median and max over N rounds of
 * <ul>
 *   <li>(a) the alignment alone ({@link EligibilityAligner}) and the whole compare use case;</li>
 *   <li>the panel's load as the window runs it: {@code AppState.compare} on the FX thread, the
 *       view-model's background work on a worker thread, then its callback on the FX thread.
 *       Measured once for the view-model alone (b: rows built on the FX thread, if any) and once
 *       with the panel in a 1400×900 scene, where the FX part includes the node graph and a full
 *       {@code applyCss()} + {@code layout()} (b + c); and (c) alone, a new panel and scene over
 *       rows already loaded;</li>
 *   <li>end to end: from {@code AppState.compare} to the laid-out panel, and the longest single
 *       stretch the FX thread was busy in between (what decides whether the window stays responsive).</li>
 * </ul>
 * Wall times on a shared machine include waiting for a core; the FX thread's CPU time does not.
 * Runs headless on Monocle unless {@code -Dglass.platform} says otherwise:
 * {@code java -cp ... org.trialworkbench.bench.EligibilityRenderBenchmark NSCLC_JSON [WARMUP] [ROUNDS]}.
 */
public final class EligibilityRenderBenchmark {
    private static final int TRIALS = 6;
    private static final int CRITERIA = 60;
    private static final String WORKBENCH_CSS = MainWindow.class.getResource("/org/trialworkbench/ui/workbench.css")
            .toExternalForm();

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args.length > 0 ? args[0]
                : "../shared/registry-samples/ctgov-json/ctg-studies_NSCLC_100.json");
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        headlessUnlessSet();
        List<Trial> trials = RealCriteriaTrials.load(source, TRIALS, CRITERIA);
        Comparison comparison = new CompareService().compare(trials);
        System.out.printf("%d trials × %d real criteria (%s): %d eligibility rows, %d cells%n", trials.size(), CRITERIA,
                String.join(", ", trials.stream().map(Trial::id).toList()), comparison.eligibility().rows().size(),
                comparison.eligibility().rows().size() * trials.size());

        EligibilityAligner aligner = new EligibilityAligner();
        CompareService compare = new CompareService();
        Table table = new Table(warmup, rounds);
        table.add("(a) EligibilityAligner.align", "worker", repeat(warmup + rounds, () -> aligner.align(trials)));
        table.add("(a) CompareService.compare", "worker", repeat(warmup + rounds, () -> compare.compare(trials)));

        Platform.startup(() -> { });
        Loads modelOnly = loads(trials, false, warmup + rounds);
        Loads panel = loads(trials, true, warmup + rounds);
        table.add("view-model: background work", "worker", modelOnly.background);
        table.add("(b) view-model: update on FX", "FX", modelOnly.fxCallback);
        table.add("panel: background work", "worker", panel.background);
        table.add("(b+c) panel: update+CSS+layout on FX", "FX", panel.fxCallback);
        table.add("(b+c) the same, FX thread's CPU time", "FX cpu", panel.fxCallbackCpu);
        table.add("(c) new panel+scene for loaded rows", "FX", freshPanels(trials, warmup + rounds));
        table.add("end to end (compare → laid out)", "wall", panel.endToEnd);
        table.add("longest FX stretch during load", "FX", panel.longestFx);
        table.print();
        System.out.printf("first (cold) panel load: FX %.1f ms, end to end %.1f ms%n",
                panel.fxCallback.get(0), panel.endToEnd.get(0));
        Platform.exit();
        System.exit(0);
    }

    private static void headlessUnlessSet() {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            // The headless screen must hold the 1400×900 window (its default is 1280×800).
            System.setProperty("headless.geometry", "1600x1000-32");
        }
    }

    private static List<Double> repeat(int times, Runnable work) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            work.run();
            ms.add((System.nanoTime() - start) / 1e6);
        }
        return ms;
    }

    /** Per round: the worker's time, the FX callback's time, end to end, and the longest FX stretch. */
    private record Loads(List<Double> background, List<Double> fxCallback, List<Double> fxCallbackCpu,
                         List<Double> endToEnd, List<Double> longestFx) {
    }

    private static Loads loads(List<Trial> trials, boolean withPanel, int times) throws Exception {
        AppState state = new AppState();
        BenchRunner runner = new BenchRunner();
        Scene scene = onFx(() -> {
            EligibilityPanelViewModel model = new EligibilityPanelViewModel(state, new CompareService(), runner);
            if (!withPanel) {
                return null;
            }
            Scene s = new Scene(new EligibilityPanel(model, state, "No trials compared yet."), 1400, 900);
            s.getStylesheets().add(WORKBENCH_CSS);
            Stage stage = new Stage();
            stage.setScene(s);
            stage.show();
            return s;
        });
        runner.afterCallback = scene == null ? () -> { } : () -> cssAndLayout(scene.getRoot());
        Loads loads = new Loads(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        for (int i = 0; i < times; i++) {
            onFx(() -> {
                state.compare(List.of());
                if (scene != null) {
                    cssAndLayout(scene.getRoot());
                }
                return null;
            });
            CompletableFuture<Round> done = runner.expect();
            long start = System.nanoTime();
            double submitMs = onFx(() -> {
                long s = System.nanoTime();
                state.compare(trials);
                return (System.nanoTime() - s) / 1e6;
            });
            Round r = done.get();
            loads.background.add(r.backgroundMs);
            loads.fxCallback.add(r.fxMs);
            loads.fxCallbackCpu.add(r.fxCpuMs);
            loads.endToEnd.add((r.endNanos - start) / 1e6);
            loads.longestFx.add(Math.max(submitMs, r.fxMs));
        }
        return loads;
    }

    /**
     * (c) alone: a new panel over a view-model that already holds the rows, in a new 1400×900
     * scene, through CSS and layout (as when the tab is first built over a loaded comparison).
     */
    private static List<Double> freshPanels(List<Trial> trials, int times) throws Exception {
        AppState state = new AppState();
        EligibilityPanelViewModel model = onFx(() -> {
            EligibilityPanelViewModel m = new EligibilityPanelViewModel(state, new CompareService(), new SameThreadTaskRunner());
            state.compare(trials);
            return m;
        });
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            ms.add(onFx(() -> {
                long start = System.nanoTime();
                Scene scene = new Scene(new EligibilityPanel(model, state, "No trials compared yet."), 1400, 900);
                scene.getStylesheets().add(WORKBENCH_CSS);
                cssAndLayout(scene.getRoot());
                return (System.nanoTime() - start) / 1e6;
            }));
        }
        return ms;
    }

    private static void cssAndLayout(Parent root) {
        root.applyCss();
        root.layout();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }

    private record Round(double backgroundMs, double fxMs, double fxCpuMs, long endNanos) {
    }

    /**
     * Runs the view-model's work on one worker thread and its callback on the FX thread, as the
     * window's runner does, timing both; the callback is followed by the CSS and layout pass.
     */
    private static final class BenchRunner implements TaskRunner {
        private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
        private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-worker");
            t.setDaemon(true);
            return t;
        });
        private volatile CompletableFuture<Round> next = new CompletableFuture<>();
        private volatile Runnable afterCallback = () -> { };

        CompletableFuture<Round> expect() {
            next = new CompletableFuture<>();
            return next;
        }

        @Override
        public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            CompletableFuture<Round> round = next;
            worker.execute(() -> {
                long start = System.nanoTime();
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    Platform.runLater(() -> onFailure.accept(e));
                    round.completeExceptionally(e);
                    return;
                }
                double backgroundMs = (System.nanoTime() - start) / 1e6;
                Platform.runLater(() -> {
                    long fxStart = System.nanoTime();
                    long cpuStart = CPU.getCurrentThreadCpuTime();
                    onSuccess.accept(result);
                    afterCallback.run();
                    long end = System.nanoTime();
                    double cpuMs = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                    round.complete(new Round(backgroundMs, (end - fxStart) / 1e6, cpuMs, end));
                });
            });
        }

        @Override
        public void onUiThread(Runnable update) {
            Platform.runLater(update);
        }
    }

    /** Median and max of the rounds after warm-up, per measured step. */
    private static final class Table {
        private final int warmup;
        private final int rounds;
        private final StringBuilder lines = new StringBuilder();

        Table(int warmup, int rounds) {
            this.warmup = warmup;
            this.rounds = rounds;
        }

        void add(String step, String thread, List<Double> allRounds) {
            List<Double> warm = new ArrayList<>(allRounds.subList(warmup, allRounds.size()));
            Collections.sort(warm);
            double median = warm.size() % 2 == 1 ? warm.get(warm.size() / 2)
                    : (warm.get(warm.size() / 2 - 1) + warm.get(warm.size() / 2)) / 2;
            lines.append(String.format("%-40s %-7s %9.1f %9.1f%n", step, thread, median, warm.get(warm.size() - 1)));
        }

        void print() {
            System.out.printf("%nwarm: %d warm-up rounds, then %d rounds (ms)%n", warmup, rounds);
            System.out.printf("%-40s %-7s %9s %9s%n", "step", "thread", "median", "max");
            System.out.print(lines);
        }
    }
}
