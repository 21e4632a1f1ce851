package org.trialworkbench.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.trialworkbench.analysis.TrialReader;
import org.trialworkbench.analysis.cohorts.CohortReader;
import org.trialworkbench.analysis.criteria.CriteriaReader;
import org.trialworkbench.analysis.schedule.OutcomeScheduler;
import org.trialworkbench.analysis.thresholds.ThresholdReader;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.ImporterRegistry;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.importer.RecordSink;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.Trial;

/**
 * Golden snapshot and micro-benchmark of the readers. Imports every record of every file under the
 * registry samples (all formats, via {@link ImporterRegistry#standard()}) and the seeds, reads each
 * through {@link TrialReader}, writes every reading (criteria with thresholds, outcome schedules,
 * cohorts) as stable text to OUT, then times the readers alone on the imported trials: several warm
 * rounds, median CPU ms per round for cohorts, criteria (splitting and thresholds), thresholds alone
 * and outcome schedules.
 *
 * <p>{@code java -cp ... org.trialworkbench.bench.ReadingsSnapshot OUT [ROUNDS] [SAMPLES_DIR] [SEEDS_DIR]}.
 * Compare OUT before and after a change with {@code cmp}: any difference is a changed reading.
 */
public final class ReadingsSnapshot {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        Path samples = Path.of(args.length > 2 ? args[2] : "/work/shared/registry-samples");
        Path seeds = Path.of(args.length > 3 ? args[3] : "src/test/resources/seeds");
        List<Path> files = new ArrayList<>(files(samples));
        files.addAll(files(seeds));
        List<Imported> imported = importAll(files);
        writeReadings(imported, out);
        System.out.printf("%d files, %d trials; readings in %s%n", files.size(), imported.size(), out);
        time(imported.stream().map(Imported::trial).toList(), rounds);
    }

    /** One imported record and where it came from. */
    private record Imported(String location, Trial trial) {
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted().toList();
        }
    }

    private static List<Imported> importAll(List<Path> files) throws IOException {
        ImporterRegistry registry = ImporterRegistry.standard();
        List<Imported> out = new ArrayList<>();
        for (Path f : files) {
            BytesDocument doc = new BytesDocument(f.toString(), Files.readAllBytes(f));
            var choice = registry.choose(doc.head());
            if (choice.isEmpty()) {
                System.err.println("no importer claims " + f);
                continue;
            }
            choice.get().importer().parse(doc, new RecordSink() {
                @Override
                public void accept(ParsedRecord record) {
                    out.add(new Imported(f + " " + record.location(), record.trial()));
                }

                @Override
                public void fail(String location, String reason) {
                    System.err.println("unread " + f + " " + location + ": " + reason);
                }
            });
        }
        return out;
    }

    private static void writeReadings(List<Imported> imported, Path out) throws IOException {
        TrialReader reader = new TrialReader();
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8); PrintWriter p = new PrintWriter(w)) {
            for (Imported i : imported) {
                Trial read = reader.read(i.trial());
                p.println("== " + i.location() + " " + read.id());
                for (Criterion c : read.eligibility().criteria()) {
                    p.println("criterion " + c);
                }
                read.outcomes().forEach(o -> p.println("outcome " + o));
                read.cohorts().forEach(c -> p.println("cohort " + c));
            }
        }
    }

    private static void time(List<Trial> trials, int rounds) {
        CohortReader cohorts = new CohortReader();
        CriteriaReader criteria = new CriteriaReader();
        ThresholdReader thresholds = new ThresholdReader();
        OutcomeScheduler scheduler = new OutcomeScheduler();
        List<String> eligibility = trials.stream().map(t -> t.eligibility().criteriaText())
                .filter(t -> t != null).toList();
        List<String> criterionTexts = eligibility.stream()
                .flatMap(t -> criteria.read(t).stream()).map(Criterion::text).toList();
        long[] cohortNs = new long[rounds];
        long[] criteriaNs = new long[rounds];
        long[] thresholdNs = new long[rounds];
        long[] scheduleNs = new long[rounds];
        // CPU time of this thread: the other work on a shared machine does not count in it.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (Trial t : trials) {
                sink += cohorts.read(t).size();
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (String e : eligibility) {
                sink += criteria.read(e).size();
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            for (String c : criterionTexts) {
                sink += thresholds.read(c).size();
            }
            long t3 = cpu.getCurrentThreadCpuTime();
            for (Trial t : trials) {
                sink += scheduler.schedule(t.outcomes(), t.dates()).size();
            }
            long t4 = cpu.getCurrentThreadCpuTime();
            cohortNs[r] = t1 - t0;
            criteriaNs[r] = t2 - t1;
            thresholdNs[r] = t3 - t2;
            scheduleNs[r] = t4 - t3;
            System.out.printf("round %d: cohorts %.1f ms, criteria %.1f ms (thresholds alone %.1f ms), schedules %.1f ms%n",
                    r + 1, cohortNs[r] / 1e6, criteriaNs[r] / 1e6, thresholdNs[r] / 1e6, scheduleNs[r] / 1e6);
        }
        double criteriaMs = median(criteriaNs);
        double thresholdMs = median(thresholdNs);
        System.out.printf("median of %d rounds over %d trials (%d eligibility texts, %d criteria):%n",
                rounds, trials.size(), eligibility.size(), criterionTexts.size());
        System.out.printf("  cohorts    %8.1f ms%n", median(cohortNs));
        System.out.printf("  fastest round: cohorts %.1f ms, criteria %.1f ms, thresholds %.1f ms%n",
                min(cohortNs), min(criteriaNs), min(thresholdNs));
        System.out.printf("  criteria   %8.1f ms (with thresholds; splitting alone ~%.1f ms)%n",
                criteriaMs, criteriaMs - thresholdMs);
        System.out.printf("  thresholds %8.1f ms%n", thresholdMs);
        System.out.printf("  schedules  %8.1f ms%n", median(scheduleNs));
        System.out.printf("  readers (cohorts + criteria) %8.1f ms   [%d]%n", median(cohortNs) + criteriaMs, sink % 10);
    }

    private static double min(long[] ns) {
        return Arrays.stream(ns).min().orElse(0) / 1e6;
    }

    private static double median(long[] ns) {
        long[] sorted = ns.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
