package org.trialworkbench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.trialworkbench.app.Workbench;
import org.trialworkbench.service.CancellationToken;
import org.trialworkbench.service.ImportListener;
import org.trialworkbench.service.ImportReport;

/**
 * Imports a zip of N ClinicalTrials.gov v2 studies (the bulk download's shape: one JSON file per
 * study) generated from the real samples with changed NCT ids, into an empty store, and prints
 * records per second and the heap peak. Run with a small heap to show streaming:
 * {@code java -Xmx512m -cp ... org.trialworkbench.bench.ImportBenchmark SAMPLES_DIR [N]}.
 *
 * <p>"heap peak" is the sum of each heap pool's own peak (pools peak at different times, so it can
 * exceed the maximum heap); "heap used at most" is the highest total sampled every 20 ms, and "live
 * after GC" the highest old-generation occupancy right after a collection: what the import keeps.
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws IOException {
        Path samples = Path.of(args.length > 0 ? args[0] : "../shared/registry-samples/ctgov-json");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Path work = Files.createTempDirectory("tw-bench");
        Path zip = work.resolve("studies.zip");
        long zipStart = System.nanoTime();
        writeZip(loadStudies(samples), count, zip);
        System.out.printf("generated %d studies in %s (%d MB) in %.1f s%n", count, zip.getFileName(),
                Files.size(zip) / (1024 * 1024), (System.nanoTime() - zipStart) / 1e9);
        resetPeaks();
        HeapWatch heap = HeapWatch.start();
        ThreadCpuWatch threads = ThreadCpuWatch.start();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        ImportReport report;
        try (Workbench workbench = Workbench.open(work.resolve("store"))) {
            report = workbench.importer().importPaths(List.of(zip), ImportListener.NONE, new CancellationToken());
        }
        heap.stop();
        Map<String, Double> threadCpu = threads.stop();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        System.out.printf("imported: %s%n", report.summaryLine());
        // CPU time of the whole process (all threads, GC and JIT included) tells the cost apart from the
        // waiting on a machine that other work keeps busy; on an idle 2-core machine wall ~ CPU / 2.
        System.out.printf("%.1f s, %.0f records/s, heap peak %d MB (max heap %d MB); CPU %.1f s, %.0f records per"
                + " CPU-second%n", seconds, report.stored() / seconds, heapPeak() / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), cpuSeconds, report.stored() / cpuSeconds);
        System.out.printf("heap used at most %d MB, live after GC at most %d MB%n", heap.maxUsed() / (1024 * 1024),
                heap.maxAfterGc() / (1024 * 1024));
        System.out.print("CPU by thread (s):");
        threadCpu.forEach((name, cpu) -> System.out.printf(" %s %.1f;", name, cpu));
        System.out.println(" (the rest: GC and JIT)");
        System.out.printf("store file %d MB%n", Files.size(work.resolve("store").resolve("store.mv.db")) / (1024 * 1024));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static List<ObjectNode> loadStudies(Path samples) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<ObjectNode> studies = new ArrayList<>();
        try (var files = Files.list(samples)) {
            for (Path file : files.sorted().toList()) {
                JsonNode root = mapper.readTree(file.toFile());
                JsonNode list = root.isArray() ? root : root.has("studies") ? root.get("studies") : mapper.createArrayNode().add(root);
                list.forEach(s -> studies.add((ObjectNode) s));
            }
        }
        return studies;
    }

    private static void writeZip(List<ObjectNode> studies, int count, Path zip) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < count; i++) {
                ObjectNode study = studies.get(i % studies.size()).deepCopy();
                String id = String.format("NCT9%07d", i);
                ObjectNode ids = (ObjectNode) study.path("protocolSection").path("identificationModule");
                ids.put("nctId", id);
                // Other ids would make the copies one trial: give each copy its own.
                ids.remove("secondaryIdInfos");
                ids.putObject("orgStudyIdInfo").put("id", "BENCH-" + i);
                z.putNextEntry(new ZipEntry(id + ".json"));
                z.write(mapper.writeValueAsBytes(study));
                z.closeEntry();
            }
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
