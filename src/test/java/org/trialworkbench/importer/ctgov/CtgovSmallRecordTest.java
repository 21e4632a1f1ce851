package org.trialworkbench.importer.ctgov;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.CollectingSink;
import org.trialworkbench.importer.TrialImporter;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.AgeUnit;
import org.trialworkbench.model.OutcomeKind;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.RegistryIds;
import org.trialworkbench.model.Trial;

/** Small hand-made records for the paths the real samples do not all take (other outcomes, site countries ...). */
class CtgovSmallRecordTest {

    private static Trial only(TrialImporter importer, String text) {
        CollectingSink sink = CollectingSink.parse(importer, new BytesDocument("small", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(sink.failures).isEmpty();
        assertThat(sink.records).hasSize(1);
        return sink.records.get(0).trial();
    }

    @Test
    void xmlOtherOutcomesSiteCountriesAndHealthyVolunteers() {
        Trial t = only(new CtgovXmlImporter(), """
                <clinical_study>
                  <id_info><org_study_id>ABC-1</org_study_id><secondary_id>2019-001234-56</secondary_id>
                    <secondary_id>ISRCTN12345678</secondary_id><nct_id>NCT01234567</nct_id></id_info>
                  <brief_title>Short</brief_title>
                  <phase>Early Phase 1</phase>
                  <primary_outcome><measure>P</measure><time_frame>Day 28</time_frame></primary_outcome>
                  <other_outcome><measure>First other</measure><time_frame>Week 4</time_frame></other_outcome>
                  <other_outcome><measure>Second other</measure></other_outcome>
                  <eligibility><gender>Female</gender><minimum_age>6 Months</minimum_age><maximum_age>65 Years</maximum_age>
                    <healthy_volunteers>Accepts Healthy Volunteers</healthy_volunteers></eligibility>
                  <location><facility><address><country>Japan</country></address></facility></location>
                  <location><facility><address><country>Germany</country></address></facility></location>
                  <location><facility><address><country>Japan</country></address></facility></location>
                  <lastchanged_date>July 9, 2013</lastchanged_date>
                </clinical_study>""");
        assertThat(t.registryIds()).containsExactly(new RegistryId("NCT01234567", RegistryIds.CTGOV),
                new RegistryId("ABC-1", null), new RegistryId("EUCTR2019-001234-56", RegistryIds.EUCTR),
                new RegistryId("ISRCTN12345678", RegistryIds.ISRCTN));
        assertThat(t.phases()).containsExactly(Phase.EARLY_PHASE1);
        assertThat(t.outcomes()).extracting(o -> o.key() + " " + o.kind() + " " + o.measure() + " " + o.timeFrame())
                .containsExactly("P1 PRIMARY P Day 28", "O1 OTHER First other Week 4", "O2 OTHER Second other null");
        assertThat(t.countries()).containsExactly("Japan", "Germany");
        assertThat(t.eligibility().minimumAge()).isEqualTo(new Age(6, AgeUnit.MONTHS, true));
        assertThat(t.eligibility().maximumAge()).isEqualTo(new Age(65, AgeUnit.YEARS, true));
        assertThat(t.eligibility().healthyVolunteers()).isTrue();
        assertThat(t.lastUpdate()).isEqualTo("2013-07-09");
    }

    @Test
    void v2OtherOutcomesAndAnOfficialTitleStandingInForAMissingBriefTitle() {
        CollectingSink sink = CollectingSink.parse(new CtgovJsonImporter(), new BytesDocument("small", """
                {"protocolSection": {
                  "identificationModule": {"nctId": "NCT07654321", "officialTitle": "Only an official title"},
                  "designModule": {"studyType": "OBSERVATIONAL"},
                  "outcomesModule": {"otherOutcomes": [{"measure": "Exploratory", "timeFrame": "Month 6"}, {"description": "no measure"}]}
                }}""".getBytes(StandardCharsets.UTF_8)));
        assertThat(sink.failures).isEmpty();
        var record = sink.records.get(0);
        assertThat(record.trial().briefTitle()).isEqualTo("Only an official title");
        assertThat(record.trial().outcomes()).singleElement().satisfies(o -> {
            assertThat(o.key()).isEqualTo("O1");
            assertThat(o.kind()).isEqualTo(OutcomeKind.OTHER);
        });
        assertThat(record.warnings()).extracting(w -> w.message()).contains(
                "no brief title; the official title is shown instead",
                "protocolSection.outcomesModule.otherOutcomes[1] has no measure; the outcome was skipped",
                "the record states no eligibility criteria text");
    }
}
