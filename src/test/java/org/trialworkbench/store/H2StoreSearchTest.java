package org.trialworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.model.TrialSummary;
import org.trialworkbench.model.OverallStatus;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.Trial;

class H2StoreSearchTest {
    @TempDir
    Path dir;
    H2Store store;

    @BeforeEach
    void fill() {
        store = H2Store.open(dir);
        store.write(tx -> {
            tx.saveTrial(TestTrials.rich("NCT00962923"));
            tx.saveTrial(Trial.builder().id("jRCTc071190041").briefTitle("Hemodialysis and heart failure study")
                    .officialTitle("Effects of\u00a0Exercise  in HEMODIALYSIS patients ")
                    .addRegistryId(new RegistryId("jRCTc071190041", "jRCT"))
                    .addRegistryId(new RegistryId("UMIN000099999", "UMIN-CTR"))
                    .addRegistryId(new RegistryId("KMU-2019-01", null))
                    .leadSponsor("Kyoto  Medical University").conditions(List.of("End-stage renal disease"))
                    .phases(List.of(Phase.NA)).overallStatus(OverallStatus.COMPLETED).build());
            tx.saveTrial(Trial.builder().id("local-3f2a9c").briefTitle("100% adherence_program (local copy)")
                    .officialTitle("effects of exercise in hemodialysis patients")
                    .addRegistryId(new RegistryId("KMU-2019-01", null)).leadSponsor("Other Hospital").build());
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void listsAllTrialsOrderedByIdWithSummaries() {
        assertThat(store.list(null)).containsExactly(
                new TrialSummary("NCT00962923", "ClinicalTrials.gov", List.of(Phase.PHASE1, Phase.PHASE2),
                        OverallStatus.RECRUITING, "Adipose MSC Therapy for CTD-ILD 50% dose_escalation"),
                new TrialSummary("jRCTc071190041", "jRCT", List.of(Phase.NA), OverallStatus.COMPLETED,
                        "Hemodialysis and heart failure study"),
                new TrialSummary("local-3f2a9c", null, List.of(), null, "100% adherence_program (local copy)"));
        assertThat(store.list("   ")).hasSize(3);
        assertThat(store.count()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "umin000028381          | NCT00962923",
        "00962923               | NCT00962923",
        "adipose msc            | NCT00962923",
        "DOSE-ESCALATION STUDY  | NCT00962923",
        "adsc-ild               | NCT00962923",
        "interstitial lung      | NCT00962923",
        "tokyo medical          | NCT00962923",
        "renal disease          | jRCTc071190041",
        "jrctc0711              | jRCTc071190041",
        "kmu-2019               | jRCTc071190041 local-3f2a9c",
        "hemodialysis           | jRCTc071190041 local-3f2a9c",
        "50%                    | NCT00962923",
        "100%                   | local-3f2a9c",
        "%                      | NCT00962923 local-3f2a9c",
        "ild_50                 | ''",
        "dose_                  | NCT00962923",
        "'x'' OR 1=1 --'        | ''",
        "pancreatic             | ''",
    })
    void searchesIdsTitlesConditionsAndSponsorLiterally(String query, String expected) {
        List<String> ids = expected.isEmpty() ? List.of() : List.of(expected.split(" "));
        assertThat(store.list(query)).extracting(TrialSummary::id).containsExactlyElementsOf(ids);
    }

    @Test
    void resolvesAnyRegistryIdInAnySpelling() {
        assertThat(store.resolveId("UMIN000099999")).contains("jRCTc071190041");
        assertThat(store.resolveId("JPRN-jRCTc071190041")).contains("jRCTc071190041");
        assertThat(store.resolveId("JPRN-UMIN000028381")).contains("NCT00962923");
        assertThat(store.resolveId("nct00962923")).contains("NCT00962923");
        assertThat(store.resolveId("local-3f2a9c")).contains("local-3f2a9c");
        assertThat(store.resolveId("KMU-2019-01")).isEmpty();
        assertThat(store.resolveId(" ")).isEmpty();
    }

    @Test
    void findsTrialsByRegistryIdsButNotBySponsorIds() {
        assertThat(store.findTrialIdsByRegistryIds(List.of("UMIN000099999", "nct00962923", "NCT11111111")))
                .containsExactlyInAnyOrder("jRCTc071190041", "NCT00962923");
        assertThat(store.findTrialIdsByRegistryIds(List.of("KMU-2019-01"))).isEmpty();
        assertThat(store.findTrialIdsByRegistryIds(List.of())).isEmpty();
    }

    @Test
    void sponsorIdsMatchOnlyUnderTheSameLeadSponsor() {
        assertThat(store.findTrialIdsBySponsorId("kmu-2019-01", "KYOTO MEDICAL university"))
                .containsExactly("jRCTc071190041");
        assertThat(store.findTrialIdsBySponsorId("KMU-2019-01", "Other Hospital")).containsExactly("local-3f2a9c");
        assertThat(store.findTrialIdsBySponsorId("KMU-2019-01", "Tokyo Medical University")).isEmpty();
        assertThat(store.findTrialIdsBySponsorId("KMU-2019-01", null)).isEmpty();
        assertThat(store.findTrialIdsBySponsorId("UMIN000099999", "Kyoto Medical University"))
                .as("registry ids are not sponsor ids").isEmpty();
    }

    @Test
    void findsOfficialTitlesIgnoringCaseAndSpacing() {
        assertThat(store.findTrialIdsByOfficialTitle("  EFFECTS of exercise in\themodialysis   patients"))
                .containsExactly("jRCTc071190041", "local-3f2a9c");
        assertThat(store.findTrialIdsByOfficialTitle("effects of exercise")).isEmpty();
        assertThat(store.findTrialIdsByOfficialTitle("")).isEmpty();
    }

    @Test
    void oneBatchLookupAnswersWhatTheSingleLookupsAnswer() {
        StoredIds ids = store.storedIds(List.of("UMIN000099999", "nct00962923", "JPRN-jRCTc071190041",
                "kmu-2019-01", "NCT11111111"));

        assertThat(ids.resolve("nct00962923")).contains("NCT00962923");
        assertThat(ids.resolve("JPRN-jRCTc071190041")).contains("jRCTc071190041");
        assertThat(ids.resolve("NCT11111111")).isEmpty();
        assertThat(ids.byRegistryIds(List.of("UMIN000099999", "nct00962923")))
                .containsExactly("NCT00962923", "jRCTc071190041");
        assertThat(ids.bySponsorId("kmu-2019-01", "KYOTO  MEDICAL university")).containsExactly("jRCTc071190041");
        assertThat(ids.bySponsorId("KMU-2019-01", "Other Hospital")).containsExactly("local-3f2a9c");
        assertThat(ids.resolve("NCT00000000")).as("an id not fetched is not found").isEmpty();
    }

    @Test
    void batchTitleAndDigestLookupsAnswerPerItem() {
        var twins = store.findTrialIdsByOfficialTitles(List.of("EFFECTS of exercise in hemodialysis patients",
                "no such title", ""));

        assertThat(twins.get("EFFECTS of exercise in hemodialysis patients"))
                .containsExactly("jRCTc071190041", "local-3f2a9c");
        assertThat(twins.get("no such title")).isEmpty();
        assertThat(store.findSourcesBySha256(List.of("0".repeat(64), "f".repeat(64)))).isEmpty();
        assertThat(store.findSourcesBySha256(List.of())).isEmpty();
    }

    @Test
    void localTitleLookupFindsOnlyLocalTrials() {
        String title = "EFFECTS of exercise in hemodialysis patients";
        store.write(tx -> tx.saveTrial(TestTrials.minimal("localz-1", "Not local").toBuilder()
                .officialTitle("Effects of exercise in hemodialysis patients").build()));

        assertThat(store.findTrialIdsByOfficialTitles(List.of(title)).get(title))
                .containsExactly("jRCTc071190041", "local-3f2a9c", "localz-1");
        assertThat(store.findLocalTrialIdsByOfficialTitles(List.of(title, "no such title")))
                .containsEntry(title, List.of("local-3f2a9c")).containsEntry("no such title", List.of());
    }

    @Test
    void searchFollowsChangesAfterResave() {
        store.write(tx -> tx.saveTrial(TestTrials.minimal("local-3f2a9c", "Renamed")));

        assertThat(store.list("adherence")).isEmpty();
        assertThat(store.list("renamed")).extracting(TrialSummary::id).containsExactly("local-3f2a9c");
        assertThat(store.findTrialIdsByOfficialTitle("effects of exercise in hemodialysis patients"))
                .containsExactly("jRCTc071190041");
    }
}
