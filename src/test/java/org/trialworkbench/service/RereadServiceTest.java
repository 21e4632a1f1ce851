package org.trialworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialworkbench.analysis.TrialReader;
import org.trialworkbench.importer.ImporterRegistry;
import org.trialworkbench.json.WorkbenchJson;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Correction;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.CriterionKind;
import org.trialworkbench.model.Trial;

/**
 * Reading all trials again on a real store, with the real import and readers over the seeds: a
 * reading made by an "old reader" (a stored trial whose criteria differ from today's reading) is
 * replaced, notes and corrections survive, and what cannot be read again is kept as stored.
 */
class RereadServiceTest {
    private static final String NCT = "NCT00962923";
    private static final String JRCT = "jRCTc071190041";

    @TempDir
    Path dir;

    private static RereadService rereading(ReviewStore review) {
        return new RereadService(review.store, ImporterRegistry.standard(), new TrialReader());
    }

    private static void importSeeds(ReviewStore review) {
        review.importFiles(MaintenanceFixture.seed("000"), MaintenanceFixture.seed("001"), MaintenanceFixture.seed("003"));
    }

    /** The first criterion with a threshold, and one other criterion. */
    private static List<Criterion> twoCriteria(Trial trial) {
        List<Criterion> all = trial.eligibility().criteria();
        Criterion withThreshold = all.stream().filter(c -> !c.thresholds().isEmpty()).findFirst().orElseThrow();
        Criterion other = all.stream().filter(c -> c != withThreshold).findFirst().orElseThrow();
        return List.of(withThreshold, other);
    }

    /** What an older reader might have stored: one criterion's text cut differently, its thresholds unread. */
    private static Trial oldReading(Trial today, Criterion changed) {
        List<Criterion> criteria = today.eligibility().criteria().stream()
                .map(c -> c.key().equals(changed.key())
                        ? new Criterion(c.key(), c.kind(), c.text() + " (older reading)", List.of(), c.kindInferred())
                        : c)
                .toList();
        return today.toBuilder().eligibility(today.eligibility().withCriteria(criteria)).build();
    }

    private static void storeOldReading(ReviewStore review, Trial old) {
        review.store.write(tx -> tx.saveTrial(old));
        assertThat(review.store.load(old.id()).orElseThrow().eligibility()).isEqualTo(old.eligibility());
    }

    @Test
    void aTrialReadByAnOlderReaderGetsTodaysReadingAndKeepsItsNotesAndCorrections() {
        try (ReviewStore review = new ReviewStore(dir.resolve("db"))) {
            importSeeds(review);
            Trial today = review.store.load(NCT).orElseThrow();
            Criterion changed = twoCriteria(today).get(0);
            Criterion same = twoCriteria(today).get(1);
            storeOldReading(review, oldReading(today, changed));
            Annotation onChanged = review.annotations.add(NCT, "criterion:" + changed.key(), "concern", "check", "Dr. R");
            review.clock.advanceSeconds(1);
            Annotation onSame = review.annotations.add(NCT, "criterion:" + same.key(), "match", "fine", "Dr. R");
            CriterionKind other = same.kind() == CriterionKind.INCLUSION ? CriterionKind.EXCLUSION : CriterionKind.INCLUSION;
            Correction correction = review.corrections.correct(NCT, "criterion:" + same.key(), "kind", other.name(), "Dr. R");
            List<String> progress = new ArrayList<>();

            RereadReport report = rereading(review).rereadAll((done, total) -> progress.add(done + "/" + total),
                    new CancellationToken());

            assertThat(report.total()).isEqualTo(2);
            assertThat(report.changed()).isEqualTo(1);
            assertThat(report.unchanged()).isEqualTo(1);
            assertThat(report.kept()).isEmpty();
            assertThat(report.cancelled()).isFalse();
            assertThat(report.summaryLine())
                    .isEqualTo("2 trials read again: 1 changed, 1 unchanged, 0 kept as stored (could not be re-read)");
            assertThat(progress).containsExactly("1/2", "2/2");
            Trial after = review.store.load(NCT).orElseThrow();
            assertThat(after.eligibility()).isEqualTo(today.eligibility());
            assertThat(after.id()).isEqualTo(today.id());
            assertThat(after.sources()).isEqualTo(today.sources());
            assertThat(after.provenance()).isEqualTo(today.provenance());
            assertThat(after.conflicts()).isEqualTo(today.conflicts());
            assertThat(after.annotations()).extracting(Annotation::id).containsExactly(onChanged.id(), onSame.id());
            Annotation changedNote = after.annotations().get(0);
            assertThat(changedNote.note()).isEqualTo("check");
            assertThat(changedNote.sourceChanged()).isTrue();
            assertThat(changedNote.anchorText()).isEqualTo(onChanged.anchorText()).endsWith("(older reading)");
            assertThat(after.annotations().get(1)).isEqualTo(onSame);
            assertThat(after.corrections()).containsExactly(correction);
            assertThat(after.corrections().get(0).sourceChanged()).isFalse();
        }
    }

    @Test
    void aSecondRunFindsEverythingUnchangedAndWritesNothing() {
        try (ReviewStore review = new ReviewStore(dir.resolve("db"))) {
            importSeeds(review);
            Trial today = review.store.load(NCT).orElseThrow();
            storeOldReading(review, oldReading(today, twoCriteria(today).get(0)));
            review.annotations.add(NCT, "criterion:" + twoCriteria(today).get(0).key(), "concern", "check", "Dr. R");
            RereadService service = rereading(review);
            assertThat(service.rereadAll(RereadUseCase.Progress.NONE, new CancellationToken()).changed()).isEqualTo(1);
            Map<String, Trial> before = Map.of(NCT, review.store.load(NCT).orElseThrow(),
                    JRCT, review.store.load(JRCT).orElseThrow());

            RereadReport again = service.rereadAll(RereadUseCase.Progress.NONE, new CancellationToken());

            assertThat(again.changed()).isZero();
            assertThat(again.unchanged()).isEqualTo(2);
            assertThat(again.summaryLine()).startsWith("2 trials read again: 0 changed, 2 unchanged, 0 kept");
            before.forEach((id, trial) -> assertThat(review.store.load(id)).contains(trial));
        }
    }

    @Test
    void aTrialRestoredFromAnExportIsKeptAsStoredWithTheReason() throws IOException {
        Trial exported;
        try (ReviewStore first = new ReviewStore(dir.resolve("first"))) {
            importSeeds(first);
            first.annotations.add(NCT, "trial", "match", "restored note", "Dr. R");
            exported = first.store.load(NCT).orElseThrow();
        }
        Path export = dir.resolve("export.json");
        try (Writer out = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
            new WorkbenchJson().write(List.of(exported), exported.sources().get(0).importedAt(), out);
        }
        try (ReviewStore review = new ReviewStore(dir.resolve("db"))) {
            review.importFiles(export, MaintenanceFixture.seed("003"));
            Trial restored = review.store.load(NCT).orElseThrow();
            Trial oldRestored = oldReading(restored, twoCriteria(restored).get(0));
            storeOldReading(review, oldRestored);
            Trial stored = review.store.load(NCT).orElseThrow();

            RereadReport report = rereading(review).rereadAll(RereadUseCase.Progress.NONE, new CancellationToken());

            assertThat(report.kept()).extracting(RereadReport.KeptTrial::trialId).containsExactly(NCT);
            assertThat(report.kept().get(0).reason()).contains("cannot be read again on its own");
            assertThat(report.unchanged()).isEqualTo(1);
            assertThat(report.summaryLine()).endsWith("1 kept as stored (could not be re-read)");
            assertThat(review.store.load(NCT)).contains(stored);
        }
    }

    @Test
    void cancelAfterTheFirstTrialKeepsItsNewReadingAndLeavesTheOthersAsTheyWere() {
        try (ReviewStore review = new ReviewStore(dir.resolve("db"))) {
            importSeeds(review);
            Map<String, Trial> today = Map.of(NCT, review.store.load(NCT).orElseThrow(),
                    JRCT, review.store.load(JRCT).orElseThrow());
            today.values().forEach(t -> storeOldReading(review, oldReading(t, twoCriteria(t).get(0))));
            List<String> order = review.store.list(null).stream().map(s -> s.id()).toList();
            Trial secondOld = review.store.load(order.get(1)).orElseThrow();
            CancellationToken token = new CancellationToken();

            RereadReport report = rereading(review).rereadAll((done, total) -> token.cancel(), token);

            assertThat(report.cancelled()).isTrue();
            assertThat(report.changed()).isEqualTo(1);
            assertThat(report.done()).isEqualTo(1);
            assertThat(report.summaryLine()).isEqualTo("1 trial read again: 1 changed, 0 unchanged,"
                    + " 0 kept as stored (could not be re-read); cancelled after 1 of 2");
            assertThat(review.store.load(order.get(0)).orElseThrow().eligibility())
                    .isEqualTo(today.get(order.get(0)).eligibility());
            assertThat(review.store.load(order.get(1))).contains(secondOld);
        }
    }

    @Test
    void aStoreReadByOlderReadersIsOutdatedUntilEveryTrialIsReadAgainInFull() {
        try (ReviewStore review = new ReviewStore(dir.resolve("db"))) {
            RereadService rereading = rereading(review);
            importSeeds(review); // trials stored and no readers' version: a store from before versions were kept
            assertThat(rereading.readingsOutdated()).isTrue();

            CancellationToken cancelled = new CancellationToken();
            cancelled.cancel();
            rereading.rereadAll(RereadUseCase.Progress.NONE, cancelled);
            assertThat(rereading.readingsOutdated()).as("a cancelled run leaves trials unread").isTrue();

            rereading.rereadAll(RereadUseCase.Progress.NONE, new CancellationToken());
            assertThat(rereading.readingsOutdated()).isFalse();
            review.store.write(tx -> tx.putSetting(RereadService.READERS_VERSION, String.valueOf(TrialReader.VERSION - 1)));
            assertThat(rereading.readingsOutdated()).as("read by the previous version").isTrue();
        }
    }

    @Test
    void anEmptyStoreIsMarkedReadByTheseReadersSoWhatIsImportedIntoItIsNotOutdated() {
        try (ReviewStore review = new ReviewStore(dir.resolve("db"))) {
            RereadService rereading = rereading(review);
            rereading.markCurrentIfEmpty();
            importSeeds(review);
            assertThat(rereading.readingsOutdated()).isFalse();
        }
        try (ReviewStore review = new ReviewStore(dir.resolve("db2"))) {
            importSeeds(review);
            RereadService rereading = rereading(review);
            rereading.markCurrentIfEmpty(); // not empty: a store filled before versions were kept stays outdated
            assertThat(rereading.readingsOutdated()).isTrue();
        }
    }
}
