package org.trialworkbench.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Samples the heap every 20 ms on a daemon thread: the highest heap in use, and the highest
 * occupancy of the pools that survive collections (old generation) measured right after one.
 */
final class HeapWatch {
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long maxUsed;
    private volatile long maxAfterGc;

    private HeapWatch() {
        thread = new Thread(this::run, "heap-watch");
        thread.setDaemon(true);
    }

    static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        watch.thread.start();
        return watch;
    }

    private void run() {
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        while (running) {
            maxUsed = Math.max(maxUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            long afterGc = 0;
            for (MemoryPoolMXBean pool : heapPools) {
                MemoryUsage collected = pool.getCollectionUsage();
                if (collected != null && pool.getName().contains("Old")) {
                    afterGc += collected.getUsed();
                }
            }
            maxAfterGc = Math.max(maxAfterGc, afterGc);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void stop() {
        running = false;
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    long maxUsed() {
        return maxUsed;
    }

    long maxAfterGc() {
        return maxAfterGc;
    }
}
