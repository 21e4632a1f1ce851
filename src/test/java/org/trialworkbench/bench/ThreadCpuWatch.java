package org.trialworkbench.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Samples every thread's CPU time every 100 ms on a daemon thread, so that the CPU of threads that
 * end before the benchmark does (the import's writer, the readers' pool) is still counted. Totals
 * are grouped by thread name with digits dropped ("ForkJoinPool.commonPool-worker-#").
 */
final class ThreadCpuWatch {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, Long> lastCpu = new HashMap<>();
    private final Map<Long, Long> startCpu = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    private ThreadCpuWatch() {
        thread = new Thread(this::run, "thread-cpu-watch");
        thread.setDaemon(true);
    }

    static ThreadCpuWatch start() {
        ThreadCpuWatch watch = new ThreadCpuWatch();
        watch.sample();
        watch.startCpu.putAll(watch.lastCpu);
        watch.thread.start();
        return watch;
    }

    private void run() {
        while (running) {
            sample();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void sample() {
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            if (cpu >= 0) {
                names.put(info.getThreadId(), info.getThreadName().replaceAll("\\d+", "#"));
                lastCpu.put(info.getThreadId(), cpu);
            }
        }
    }

    /** CPU seconds per thread-name group since the start, largest first. */
    synchronized Map<String, Double> stop() {
        running = false;
        sample();
        Map<String, Double> byName = new TreeMap<>();
        lastCpu.forEach((id, cpu) -> byName.merge(names.get(id), (cpu - startCpu.getOrDefault(id, 0L)) / 1e9, Double::sum));
        byName.values().removeIf(s -> s < 0.05);
        return byName;
    }
}
