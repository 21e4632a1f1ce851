package org.trialworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Correction;
import org.trialworkbench.model.Trial;

/** Anchored annotations and corrections (V3): round trips, survival of re-saves, merges and deletes. */
class H2StoreReviewerNotesTest {
    private static final Instant T1 = Instant.parse("2026-11-20T08:00:00.123456789Z");
    private static final Instant T2 = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    Path dir;
    private H2Store store;

    @BeforeEach
    void open() {
        store = H2Store.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Correction correction(String id, Instant at, String anchor, boolean changed) {
        return new Correction(id, "criterion:I1/threshold:0", "value", "11", "10.5", "Dr. R\u00e9a", at, anchor, changed);
    }

    @Test
    void correctionsAndAnchorsRoundTripExactly() {
        Trial trial = TestTrials.rich("NCT00962923");
        Correction late = correction("c-late", T2, "Hb <11 g/dL", false);
        Correction early = new Correction("c-early", "outcome:P1", "timePoints", null, "0 DAY \"Baseline\"; 12 MONTH",
                "rev", T1, "", true);
        Annotation anchored = new Annotation("a1", "criterion:I1", "differs", "n", "rev", T1, T2, "Hb <11 g/dL", true);
        store.write(tx -> tx.saveTrial(trial.toBuilder().corrections(List.of(late, early))
                .annotations(List.of(anchored)).build()));

        Trial loaded = store.load("NCT00962923").orElseThrow();
        assertThat(loaded.corrections()).containsExactly(early, late);
        assertThat(loaded.annotations()).containsExactly(anchored);
        assertThat(store.correctionsOf(List.of("NCT00962923", "NCT-none"))).containsOnlyKeys("NCT00962923");
        assertThat(store.trialIdOfCorrection("c-late")).contains("NCT00962923");
        assertThat(store.trialIdOfAnnotation("a1")).contains("NCT00962923");
        assertThat(store.trialIdOfCorrection("a1")).isEmpty();
    }

    @Test
    void correctionsSurviveSavingTheTrialAgainAndChangeOnlyThroughTheirOwnMethods() {
        Trial trial = TestTrials.rich("NCT00962923");
        store.write(tx -> tx.saveTrial(trial));
        Correction c = correction("c1", T1, "Hb <11 g/dL", false);
        store.write(tx -> tx.addCorrection("NCT00962923", c));

        // a re-import saves the trial with no corrections, or with an older copy of this one
        store.write(tx -> tx.saveTrial(trial.toBuilder().briefTitle("again").build()));
        store.write(tx -> tx.saveTrial(trial.toBuilder().corrections(List.of(correction("c1", T1, "old", true))).build()));
        assertThat(store.load("NCT00962923").orElseThrow().corrections()).containsExactly(c);

        Correction flagged = c.withAnchor(c.anchorText(), true);
        store.write(tx -> tx.updateCorrection("NCT00962923", flagged));
        assertThat(store.load("NCT00962923").orElseThrow().corrections()).containsExactly(flagged);

        store.write(tx -> tx.deleteCorrection("c1"));
        store.write(tx -> tx.deleteCorrection("never-was"));
        assertThat(store.load("NCT00962923").orElseThrow().corrections()).isEmpty();
        assertThatThrownBy(() -> store.write(tx -> tx.updateCorrection("NCT00962923", c)))
                .isInstanceOf(StoreException.class).hasMessageContaining("no correction c1");
    }

    @Test
    void mergedTrialsTakeOverTheCorrectionsAndAnnotationsDeletedTrialsLoseThem() {
        store.write(tx -> {
            tx.saveTrial(TestTrials.minimal("local-a", "A"));
            tx.saveTrial(TestTrials.minimal("NCT1", "B"));
            tx.saveTrial(TestTrials.minimal("NCT2", "C"));
            tx.addCorrection("local-a", correction("c1", T1, "x", false));
            tx.addAnnotation("local-a", TestTrials.annotation("a1", T1));
            tx.addCorrection("NCT2", correction("c2", T1, "x", false));
        });
        assertThat(store.trialIdsWithReviewerNotes(List.of("local-a", "NCT1", "NCT2"))).containsExactly("NCT2", "local-a");

        store.write(tx -> {
            tx.moveAnnotations("local-a", "NCT1");
            tx.moveCorrections("local-a", "NCT1");
            tx.deleteTrial("local-a");
            tx.deleteTrial("NCT2");
        });

        assertThat(store.load("NCT1").orElseThrow().corrections()).extracting(Correction::id).containsExactly("c1");
        assertThat(store.load("NCT1").orElseThrow().annotations()).extracting(Annotation::id).containsExactly("a1");
        assertThat(store.trialIdOfCorrection("c2")).isEmpty();
    }

    @Test
    void addingACorrectionToAMissingTrialOrTwiceFails() {
        store.write(tx -> tx.saveTrial(TestTrials.minimal("NCT1", "T")));
        assertThatThrownBy(() -> store.write(tx -> tx.addCorrection("NCT404", correction("c", T1, "", false))))
                .isInstanceOf(StoreException.class).hasMessageContaining("NCT404");
        store.write(tx -> tx.addCorrection("NCT1", correction("c", T1, "", false)));
        assertThatThrownBy(() -> store.write(tx -> tx.addCorrection("NCT1", correction("c", T2, "", false))))
                .isInstanceOf(StoreException.class);
        assertThat(store.load("NCT1").orElseThrow().corrections()).singleElement()
                .extracting(Correction::createdAt).isEqualTo(T1);
    }
}
