package org.trialworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialworkbench.model.Trial;

/** Background threads of the UI read while another thread writes. */
class H2StoreConcurrencyTest {
    @TempDir
    Path dir;

    @Test
    void readersSeeEitherTheOldOrTheNewTrialNeverAMixture() throws Exception {
        Trial v1 = TestTrials.rich("NCT00962923");
        Trial v2 = v1.toBuilder().briefTitle("Version 2").conditions(List.of("ILD")).cohorts(List.of()).build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (H2Store store = H2Store.open(dir)) {
            store.write(tx -> tx.saveTrial(v1));
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Future<List<Trial>>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                readers.add(pool.submit(() -> readWhile(store, writing)));
            }
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < 30; i++) {
                    Trial next = i % 2 == 0 ? v2 : v1;
                    store.write(tx -> tx.saveTrial(next));
                }
                writing.set(false);
            });
            writer.get(120, TimeUnit.SECONDS);
            for (Future<List<Trial>> reader : readers) {
                assertThat(reader.get(120, TimeUnit.SECONDS)).isNotEmpty().allSatisfy(t ->
                        assertThat(t).isIn(v1, v2));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Trial> readWhile(H2Store store, AtomicBoolean writing) {
        List<Trial> seen = new ArrayList<>();
        do {
            Optional<Trial> t = store.load("NCT00962923");
            t.ifPresent(seen::add);
        } while (writing.get());
        return seen;
    }
}
