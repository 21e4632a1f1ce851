package org.trialworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialworkbench.model.TrialSummary;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.CriterionKind;
import org.trialworkbench.model.Eligibility;
import org.trialworkbench.model.FieldProvenance;
import org.trialworkbench.model.Trial;

class H2StoreRoundTripTest {
    @TempDir
    Path dir;
    H2Store store;

    @BeforeEach
    void open() {
        store = H2Store.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void loadsEverySavedFieldExactly() {
        Trial trial = TestTrials.rich("NCT00962923");
        store.write(tx -> tx.saveTrial(trial));

        assertThat(store.load("NCT00962923")).contains(trial);
    }

    @Test
    void keepsProvenanceOrderWhileFieldsOfTheSameFilesShareARow() throws Exception {
        List<FieldProvenance> provenance = List.of(new FieldProvenance("briefTitle", List.of("a.json")),
                new FieldProvenance("overallStatus", List.of("b.txt", "a.json")),
                new FieldProvenance("acronym", List.of()),
                new FieldProvenance("phases", List.of("a.json")),
                new FieldProvenance("sponsor", List.of("a.json", "b.txt")),
                new FieldProvenance("conditions", List.of("b.txt", "a.json")));
        Trial trial = TestTrials.minimal("NCT01", "Merged").toBuilder().provenance(provenance).build();
        store.write(tx -> tx.saveTrial(trial));

        assertThat(store.load("NCT01").orElseThrow().provenance()).containsExactlyElementsOf(provenance);
        assertThat(rowCount("field_provenance_set")).isEqualTo(4);
        store.write(tx -> tx.saveTrial(trial.toBuilder().provenance(provenance.subList(0, 1)).build()));
        assertThat(store.load("NCT01").orElseThrow().provenance()).containsExactly(provenance.get(0));
        assertThat(rowCount("field_provenance_set")).isEqualTo(1);
    }

    @Test
    void keepsNanosecondInstantsAndOddDoubles() {
        Trial trial = TestTrials.rich("NCT00962923");
        store.write(tx -> tx.saveTrial(trial));

        Trial loaded = store.load("NCT00962923").orElseThrow();
        assertThat(loaded.sources().get(1).importedAt()).isEqualTo(TestTrials.IMPORTED.plusNanos(1));
        assertThat(loaded.eligibility().criteria().get(0).thresholds().get(0).normalized().value())
                .isEqualTo(0.1 + 0.2);
    }

    @Test
    void survivesClosingAndReopening() throws Exception {
        Trial trial = TestTrials.rich("NCT00962923");
        store.write(tx -> tx.saveTrial(trial));
        store.close();

        store = H2Store.open(dir);
        assertThat(store.load("NCT00962923")).contains(trial);
        assertThat(store.directory()).isEqualTo(dir.toRealPath());
    }

    @Test
    void loadsByAnyRegistryId() {
        Trial trial = TestTrials.rich("NCT00962923");
        store.write(tx -> tx.saveTrial(trial));

        assertThat(store.load("UMIN000028381")).contains(trial);
        assertThat(store.load("nct00962923")).contains(trial);
        assertThat(store.load("ADSC-ILD-01")).as("sponsor ids are not unique").isEmpty();
        assertThat(store.load("NCT99999999")).isEmpty();
    }

    @Test
    void savingAgainReplacesChildrenWithoutDuplicates() throws Exception {
        Trial trial = TestTrials.rich("NCT00962923");
        store.write(tx -> tx.saveTrial(trial));
        Eligibility fewer = trial.eligibility().withCriteria(
                List.of(new Criterion("I1", CriterionKind.INCLUSION, "Adults", List.of(), false)));
        Trial changed = trial.toBuilder().briefTitle("Changed").eligibility(fewer).conditions(List.of("ILD"))
                .cohorts(List.of()).build();

        store.write(tx -> tx.saveTrial(changed));
        store.write(tx -> tx.saveTrial(changed));

        assertThat(store.load("NCT00962923")).contains(changed);
        assertThat(store.count()).isEqualTo(1);
        assertThat(rowCount("threshold")).isZero();
        assertThat(rowCount("criterion")).isEqualTo(1);
        assertThat(rowCount("registry_id")).isEqualTo(3);
    }

    @Test
    void savingTheSameTrialTwiceInOneWriteKeepsTheLastVersionOnly() throws Exception {
        Trial first = TestTrials.rich("NCT00962923");
        Trial second = first.toBuilder().briefTitle("second").outcomes(List.of()).build();

        store.write(tx -> {
            tx.saveTrial(first);
            tx.saveTrial(TestTrials.rich("NCT00000001"));
            tx.saveTrial(second);
        });

        assertThat(store.load("NCT00962923")).contains(second);
        assertThat(rowCount("outcome")).isEqualTo(first.outcomes().size());
        assertThat(rowCount("criterion")).isEqualTo(2 * first.eligibility().criteria().size());
    }

    @Test
    void annotationsSurviveSavingTheTrialAgain() {
        Trial trial = TestTrials.minimal("NCT00962923", "First");
        store.write(tx -> tx.saveTrial(trial));
        Annotation[] added = new Annotation[1];
        store.write(tx -> added[0] = tx.addAnnotation("NCT00962923", new Annotation(null, "trial", null,
                "check dose", "rev", Instant.parse("2026-01-01T00:00:00Z"), null)));

        store.write(tx -> tx.saveTrial(trial.toBuilder().briefTitle("Re-imported").build()));

        Trial loaded = store.load("NCT00962923").orElseThrow();
        assertThat(added[0].id()).isNotBlank();
        assertThat(loaded.annotations()).containsExactly(added[0]);
        assertThat(loaded.briefTitle()).isEqualTo("Re-imported");
    }

    @Test
    void annotationsWithoutIdCarriedByTheTrialAreNotCopiedOnResave() {
        Annotation noId = new Annotation(null, "field:phases", null, "imported note", "import",
                Instant.parse("2026-03-01T00:00:00Z"), null);
        Trial trial = TestTrials.minimal("NCT1", "T").toBuilder().annotations(List.of(noId)).build();

        store.write(tx -> tx.saveTrial(trial));
        store.write(tx -> tx.saveTrial(trial));

        List<Annotation> stored = store.load("NCT1").orElseThrow().annotations();
        assertThat(stored).singleElement().satisfies(a -> {
            assertThat(a.id()).isNotBlank();
            assertThat(a.note()).isEqualTo("imported note");
        });
    }

    @Test
    void annotationsAreOrderedByCreationAndCanBeChangedAndDeleted() {
        store.write(tx -> tx.saveTrial(TestTrials.minimal("NCT1", "T")));
        Annotation late = TestTrials.annotation("late", Instant.parse("2026-05-01T00:00:00Z"));
        Annotation early = TestTrials.annotation("early", Instant.parse("2026-04-01T00:00:00Z"));
        store.write(tx -> {
            tx.addAnnotation("NCT1", late);
            tx.addAnnotation("NCT1", early);
        });
        assertThat(store.load("NCT1").orElseThrow().annotations()).containsExactly(early, late);

        Annotation edited = new Annotation("late", "outcome:P1", "ok", "fine now", "rev2", late.createdAt(),
                Instant.parse("2026-06-01T00:00:00.000001Z"));
        store.write(tx -> {
            tx.updateAnnotation("NCT1", edited);
            tx.deleteAnnotation("early");
        });
        assertThat(store.load("NCT1").orElseThrow().annotations()).containsExactly(edited);
        assertThatThrownBy(() -> store.write(tx -> tx.updateAnnotation("NCT1", early)))
                .isInstanceOf(StoreException.class).hasMessageContaining("no annotation early");
    }

    @Test
    void failureInsideWriteLeavesTheStoreExactlyAsBefore() {
        Trial before = TestTrials.rich("NCT00962923");
        store.write(tx -> tx.saveTrial(before));

        assertThatThrownBy(() -> store.write(tx -> {
            tx.saveTrial(before.toBuilder().briefTitle("half-done").conditions(List.of()).build());
            for (int i = 0; i < 50; i++) {
                tx.saveTrial(TestTrials.rich("NCT1000" + String.format("%04d", i)));
            }
            tx.addAnnotation("NCT00962923", TestTrials.annotation("new", Instant.EPOCH));
            tx.deleteTrial("NCT10000003");
            throw new IllegalStateException("reader crashed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("reader crashed");

        assertThat(store.count()).isEqualTo(1);
        assertThat(store.load("NCT00962923")).contains(before);
        assertThat(store.list(null)).hasSize(1);
    }

    @Test
    void sqlFailureInsideWriteRollsBackAsStoreException() {
        store.write(tx -> tx.saveTrial(TestTrials.minimal("NCT1", "kept")));

        assertThatThrownBy(() -> store.write(tx -> {
            tx.saveTrial(TestTrials.minimal("NCT2", "new"));
            tx.addAnnotation("NCT1", TestTrials.annotation("dup", Instant.EPOCH));
            tx.addAnnotation("NCT1", TestTrials.annotation("dup", Instant.EPOCH));
        })).isInstanceOf(StoreException.class);

        assertThat(store.list("")).extracting(TrialSummary::id).containsExactly("NCT1");
        assertThat(store.load("NCT1").orElseThrow().annotations()).isEmpty();
    }

    @Test
    void deleteTrialRemovesEverythingOfIt() throws Exception {
        store.write(tx -> {
            tx.saveTrial(TestTrials.rich("NCT00962923"));
            tx.addAnnotation("NCT00962923", TestTrials.annotation("x", Instant.EPOCH));
        });
        store.write(tx -> tx.deleteTrial("NCT00962923"));

        assertThat(store.count()).isZero();
        for (String table : List.of("registry_id", "source", "annotation", "threshold", "outcome",
                "cohort", "conflict_value", "field_provenance_set")) {
            assertThat(rowCount(table)).as(table).isZero();
        }
    }

    @Test
    void savesManyTrialsInOneWriteQuickly() {
        List<Trial> trials = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            trials.add(TestTrials.rich("NCT2" + String.format("%07d", i)));
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        store.write(tx -> tx.saveTrials(trials));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        // CPU time of the writing thread tells the cost apart from a busy machine's waiting.
        System.out.printf("saved %d rich trials in %.2f s wall (%.0f/s), %.2f s CPU (%.0f/s)%n", trials.size(),
                seconds, trials.size() / seconds, cpuSeconds, trials.size() / cpuSeconds);

        assertThat(store.count()).isEqualTo(500);
        assertThat(store.load("NCT20000234")).contains(trials.get(234));
        // ~80 rows a trial; generous for a loaded machine, but fails when rows are not batched
        // in one transaction (a commit per row is far slower).
        assertThat(seconds).as("500 rich trials in one write").isLessThan(30);
    }

    private int rowCount(String table) throws Exception {
        try (Connection c = DriverManager.getConnection(StoreLocation.jdbcUrl(store.directory()), "", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
