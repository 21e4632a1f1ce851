package org.trialworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Conflict;
import org.trialworkbench.model.ConflictValue;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.SourceRef;
import org.trialworkbench.model.Trial;

/** Split, merge and merge offers on a real store, with records brought in by the real import. */
class TrialMaintenanceServiceTest {
    private static final String SEED_TRIAL = "NCT00962923";

    @TempDir
    Path dir;
    private MaintenanceFixture f;

    @BeforeEach
    void open() {
        f = new MaintenanceFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void seeds000And001AreOneTrialWithTwoSourcesThatTellWhatTheyProvide() {
        f.importFiles(MaintenanceFixture.seed("000"), MaintenanceFixture.seed("001"));
        assertThat(f.store.count()).isEqualTo(1);
        var sources = f.service.sources(SEED_TRIAL);
        assertThat(sources).extracting(SourceInfo::format).containsExactly("ctgov-tabular-text", "aggregator-text");
        assertThat(sources.get(0).file()).endsWith("000_ba20f4bf161fb405.txt");
        assertThat(sources).allSatisfy(s -> {
            assertThat(s.sha256()).hasSize(64);
            assertThat(s.importerVersion()).isPositive();
            assertThat(s.fieldsProvided()).contains("enrollment", "eligibility.criteria");
        });
        assertThat(f.service.sources("NCT00000000")).isEmpty();
    }

    @Test
    void splittingOutACopyThatNamesTheSameRegistryIdIsRefusedAndChangesNothing() {
        f.importFiles(MaintenanceFixture.seed("000"), MaintenanceFixture.seed("001"));
        String sha001 = f.shaOf(SEED_TRIAL, "aggregator-text");

        assertThatThrownBy(() -> f.service.split(SEED_TRIAL, sha001))
                .isInstanceOf(TrialMaintenanceException.class)
                .hasMessageContaining("names " + SEED_TRIAL + " itself");
        assertThat(f.store.count()).isEqualTo(1);
        assertThat(f.service.sources(SEED_TRIAL)).hasSize(2);
        assertThat(f.store.mergeBlocks()).isEmpty();

        f.importFiles(MaintenanceFixture.seed("001"));
        assertThat(f.store.count()).isEqualTo(1);
        assertThat(f.service.sources(SEED_TRIAL)).hasSize(2);
    }

    @Test
    void splitTakesOutARecordMergedByAnAccidentallySharedSponsorIdAndAnImportDoesNotMergeItBack() {
        Path json = MaintenanceFixture.RECORDS.resolve("acme-shared-sponsor-id.json");
        Path xml = MaintenanceFixture.RECORDS.resolve("acme-shared-sponsor-id.xml");
        f.importFiles(json, xml);
        assertThat(f.store.count()).isEqualTo(1);
        Trial merged = f.store.load("NCT09990001").orElseThrow();
        assertThat(merged.registryIds()).extracting(RegistryId::id).contains("NCT09990002");
        assertThat(merged.conflicts()).extracting(Conflict::field).contains("enrollment");
        Annotation note = f.annotate("NCT09990001", "check the sponsor id");

        SplitResult result = f.service.split("NCT09990001", f.shaOf("NCT09990001", "ctgov-xml"));

        assertThat(result.remaining().id()).isEqualTo("NCT09990001");
        assertThat(result.remaining().sources()).extracting(SourceRef::format).containsExactly("ctgov-json");
        assertThat(result.remaining().enrollment().count()).isEqualTo(60);
        assertThat(result.remaining().conflicts()).isEmpty();
        assertThat(result.remaining().registryIds()).extracting(RegistryId::id).doesNotContain("NCT09990002");
        assertThat(result.remaining().annotations()).containsExactly(note);
        assertThat(result.splitOut().id()).isEqualTo("NCT09990002");
        assertThat(result.splitOut().sources()).extracting(SourceRef::format).containsExactly("ctgov-xml");
        assertThat(result.splitOut().enrollment().count()).isEqualTo(24);
        assertThat(result.splitOut().annotations()).isEmpty();
        assertThat(f.store.count()).isEqualTo(2);

        // A newer version of each record still shares the sponsor id: the block keeps them apart.
        Path newerXml = f.editedCopy(xml, "acme-newer.xml", "March 3, 2019", "June 1, 2020");
        Path newerJson = f.editedCopy(json, "acme-newer.json", "2020-01-15", "2020-07-01");
        f.importFiles(newerXml, newerJson);
        assertThat(f.store.count()).isEqualTo(2);
        assertThat(f.service.sources("NCT09990002")).singleElement()
                .satisfies(s -> assertThat(s.file()).endsWith("acme-newer.xml"));
        assertThat(f.service.sources("NCT09990001")).singleElement()
                .satisfies(s -> assertThat(s.file()).endsWith("acme-newer.json"));
        // The import's anchor check anchors the note on the trial (empty text); it is the same note.
        assertThat(f.store.load("NCT09990001").orElseThrow().annotations()).extracting(Annotation::id, Annotation::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(note.id(), note.note()));
    }

    @Test
    void whereSourcesDisagreeBothValuesAreKeptTheMoreStructuredFirstWhateverTheImportOrder() {
        Path edited001 = f.editedCopy(MaintenanceFixture.seed("001"), "001-edited.txt",
                "- Target Recruitment\n- 20", "- Target Recruitment\n- 25");
        f.importFiles(edited001, MaintenanceFixture.seed("000"));

        Trial trial = f.store.load(SEED_TRIAL).orElseThrow();
        assertThat(trial.enrollment().count()).isEqualTo(20);
        Conflict enrollment = trial.conflicts().stream().filter(c -> c.field().equals("enrollment"))
                .findFirst().orElseThrow();
        assertThat(enrollment.values()).extracting(ConflictValue::sourceFormat)
                .containsExactly("ctgov-tabular-text", "aggregator-text");
        assertThat(enrollment.values().get(0).value()).startsWith("20");
        assertThat(enrollment.values().get(1).value()).startsWith("25");
        assertThat(enrollment.values().get(1).sourceFile()).endsWith("001-edited.txt");
    }

    @Test
    void aLocalRecordWithTheOfficialTitleOfARegisteredOneIsOfferedNotMergedUntilTheReviewerSaysSo() {
        f.importFiles(MaintenanceFixture.seed("004"));
        Trial local = f.store.list(null).stream().map(s -> f.store.load(s.id()).orElseThrow()).findFirst().orElseThrow();
        assertThat(local.id()).startsWith("local-");
        Path registered = f.write("same-title.json", registeredStudy("NCT09990003", local.officialTitle()));
        f.importFiles(registered);

        assertThat(f.store.count()).isEqualTo(2);
        assertThat(f.service.mergeOffers()).containsExactly(
                new MergeOffer(local.id(), "NCT09990003", local.officialTitle()));
        assertThat(f.service.mergeOffersFor("NCT09990003")).hasSize(1);
        assertThat(f.events).anySatisfy(e -> assertThat(e.message()).contains("may be the same trial as"));
        Annotation note = f.annotate(local.id(), "dose cohorts checked");

        Trial merged = f.service.merge("NCT09990003", local.id());

        assertThat(merged.id()).isEqualTo("NCT09990003");
        assertThat(merged.sources()).extracting(SourceRef::format).containsExactly("ctgov-json", "ctgov-field-dump");
        assertThat(merged.annotations()).containsExactly(note);
        assertThat(f.store.load(local.id())).isEmpty();
        assertThat(f.store.count()).isEqualTo(1);
        assertThat(f.service.mergeOffers()).isEmpty();
    }

    @Test
    void aMergeCanBeUndoneBySplittingAndTheSplitPairIsNotOfferedAgain() {
        f.importFiles(MaintenanceFixture.seed("004"));
        String localId = f.store.list(null).get(0).id();
        String title = f.store.load(localId).orElseThrow().officialTitle();
        f.importFiles(f.write("same-title.json", registeredStudy("NCT09990003", title)));
        f.service.merge(localId, "NCT09990003");

        SplitResult split = f.service.split("NCT09990003", f.shaOf("NCT09990003", "ctgov-field-dump"));

        assertThat(split.splitOut().id()).isEqualTo(localId);
        assertThat(split.remaining().id()).isEqualTo("NCT09990003");
        assertThat(f.store.count()).isEqualTo(2);
        assertThat(f.service.mergeOffers()).isEmpty();
        assertThat(f.service.merge(localId, "NCT09990003").sources()).hasSize(2);
    }

    @Test
    void keepApartDeclinesAnOfferForGood() {
        f.importFiles(MaintenanceFixture.seed("004"));
        String localId = f.store.list(null).get(0).id();
        String title = f.store.load(localId).orElseThrow().officialTitle();
        f.importFiles(f.write("same-title.json", registeredStudy("NCT09990003", title)));
        assertThat(f.service.mergeOffers()).hasSize(1);

        f.service.keepApart(localId, "NCT09990003");

        assertThat(f.service.mergeOffers()).isEmpty();
        assertThat(f.store.count()).isEqualTo(2);
        assertThatThrownBy(() -> f.service.keepApart(localId, "NCT00000000"))
                .isInstanceOf(TrialMaintenanceException.class).hasMessageContaining("not in the store");
    }

    @Test
    void aTrialWithOneSourceHasNothingToSplit() {
        f.importFiles(MaintenanceFixture.seed("002"));
        String id = f.store.list(null).get(0).id();
        assertThatThrownBy(() -> f.service.split(id, f.service.sources(id).get(0).sha256()))
                .isInstanceOf(TrialMaintenanceException.class).hasMessageContaining("only one source");
    }

    @Test
    void possibleDuplicatesAreToldForALocalRecordImportedAfterItsRegisteredTwinButNotBetweenTwoRegisteredOnes() {
        f.importFiles(MaintenanceFixture.seed("004"));
        Trial local = f.store.load(f.store.list(null).get(0).id()).orElseThrow();
        f.store.write(tx -> tx.deleteTrial(local.id()));
        f.importFiles(f.write("a.json", registeredStudy("NCT09990004", local.officialTitle())),
                f.write("b.json", registeredStudy("NCT09990005", local.officialTitle())));
        assertThat(f.events).noneSatisfy(e -> assertThat(e.message()).contains("may be the same trial as"));

        f.importFiles(MaintenanceFixture.seed("004"));

        assertThat(f.events).filteredOn(e -> e.message() != null && e.message().contains("may be the same trial as"))
                .extracting(ImportEvent::trialId, e -> e.message().replaceAll(" \\(.*", ""))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(local.id(), "may be the same trial as NCT09990004"),
                        org.assertj.core.groups.Tuple.tuple(local.id(), "may be the same trial as NCT09990005"));
    }

    private static String registeredStudy(String nctId, String officialTitle) {
        String title = officialTitle.replace("\\", "\\\\").replace("\"", "\\\"");
        return """
                {"protocolSection": {
                  "identificationModule": {"nctId": "%s", "briefTitle": "Registered copy", "officialTitle": "%s"},
                  "statusModule": {"overallStatus": "RECRUITING"},
                  "designModule": {"studyType": "INTERVENTIONAL", "enrollmentInfo": {"count": 10}}
                }}""".formatted(nctId, title);
    }
}
