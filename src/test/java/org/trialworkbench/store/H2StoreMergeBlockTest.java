package org.trialworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merge blocks (trials a reviewer kept apart) and the title look-alikes of local trials. */
class H2StoreMergeBlockTest {
    private static final Instant AT = Instant.parse("2026-11-22T01:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aBlockIsOneUnorderedPairThatOutlivesItsTrialsAndCanBeLifted() {
        try (H2Store store = H2Store.open(dir)) {
            store.write(tx -> {
                tx.saveTrial(TestTrials.minimal("NCT01000002", "B"));
                tx.saveTrial(TestTrials.minimal("NCT01000001", "A"));
                tx.blockMerge("NCT01000002", "NCT01000001", "split", AT);
                tx.blockMerge("NCT01000001", "NCT01000002", "again", AT);
            });
            assertThat(store.mergeBlocks()).containsExactly(new MergeBlock("NCT01000001", "NCT01000002"));

            store.write(tx -> tx.deleteTrial("NCT01000001"));
            assertThat(store.mergeBlocks()).hasSize(1);

            store.write(tx -> tx.unblockMerge("NCT01000002", "NCT01000001"));
            assertThat(store.mergeBlocks()).isEmpty();
        }
    }

    @Test
    void aBlockNeedsTwoDifferentIds() {
        assertThatThrownBy(() -> MergeBlock.of("NCT01000001", "NCT01000001"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(MergeBlock.of("b", "a").otherThan("a")).isEqualTo("b");
    }

    @Test
    void localTrialsArePairedWithEveryTrialOfTheSameOfficialTitleIgnoringCaseAndSpaces() {
        try (H2Store store = H2Store.open(dir)) {
            store.write(tx -> {
                tx.saveTrial(TestTrials.minimal("local-aaaaaaaaaaaa", "x").toBuilder()
                        .officialTitle("Stem  Cells in\u00a0ILD").build());
                tx.saveTrial(TestTrials.minimal("NCT01000001", "y").toBuilder().officialTitle("stem cells in ild").build());
                tx.saveTrial(TestTrials.minimal("NCT01000002", "z").toBuilder().officialTitle("stem cells in ild").build());
                tx.saveTrial(TestTrials.minimal("NCT01000003", "w").toBuilder().officialTitle("Other").build());
                tx.saveTrial(TestTrials.minimal("local-bbbbbbbbbbbb", "v"));
            });
            assertThat(store.findTitleTwinsOfLocalTrials()).containsExactly(
                    new TitleTwin("local-aaaaaaaaaaaa", "NCT01000001", "Stem  Cells in\u00a0ILD"),
                    new TitleTwin("local-aaaaaaaaaaaa", "NCT01000002", "Stem  Cells in\u00a0ILD"));
        }
    }
}
