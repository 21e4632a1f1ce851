package org.trialworkbench.importer.ctgov;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialworkbench.importer.ImportWarning;
import org.trialworkbench.importer.CollectingSink;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.OverallStatus;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.Trial;

/**
 * Values of real legacy records (XML {@code <clinical_study>}, API v1 JSON) that a field-by-field
 * sweep against the raw records found misread; the small records are fixtures under
 * {@code src/test/resources/samples/}, a large one is read from the shared samples.
 */
class CtgovLegacyRecordsTest {

    @Test
    void xmlCarriageReturnReferencesInOutcomeAndInterventionTextsBecomePlainLineBreaks() {
        // the record writes "Grades 1-4:&#xD;\nTemperature ..." inside <description>
        Trial t = CtgovSamples.only(new CtgovXmlImporter(), "ctgov-xml/NCT04710303.xml").trial();
        assertThat(t.outcomes()).extracting(Outcome::description)
                .contains("Changes in vital signs from Grades 1-4:\nTemperature - measured in (°C) or (°F)")
                .noneMatch(d -> d != null && d.indexOf('\r') >= 0);
    }

    @Test
    void xmlCarriageReturnReferencesInAnInterventionDescriptionBecomePlainLineBreaks() {
        Trial t = CtgovSamples.only(new CtgovXmlImporter(), "ctgov-xml/NCT05381194.xml").trial();
        assertThat(t.interventions()).extracting(Intervention::description)
                .anyMatch(d -> d.contains("for 26 weeks.\nBedaquiline"))
                .noneMatch(d -> d != null && d.indexOf('\r') >= 0);
    }

    @Test
    void v1RegistryNumberWithoutPrefixIsReadWithTheRegistryItsDomainNames() {
        // SecondaryId "24791884", type "Registry Identifier", domain "ISRCTN"
        // read in place: the record is 811 KB
        CollectingSink sink = CtgovSamples.parse(new CtgovV1JsonImporter(),
                CtgovSamples.document(CtgovSamples.sharedFile("ctgov-v1-json/NCT02028676.json")));
        assertThat(sink.records).hasSize(1);
        Trial t = sink.records.get(0).trial();
        assertThat(t.registryIds()).containsExactly(new RegistryId("NCT02028676", "ClinicalTrials.gov"),
                new RegistryId("G0300400", null), new RegistryId("ISRCTN24791884", "ISRCTN"));
    }

    @Test
    void xmlOrgStudyIdThatIsAEudraCtNumberIsReadAsTheEuRegistryId() {
        Trial t = CtgovSamples.only(new CtgovXmlImporter(), "ctgov-xml/NCT02679963.xml").trial();
        assertThat(t.registryIds()).containsExactly(new RegistryId("NCT02679963", "ClinicalTrials.gov"),
                new RegistryId("EUCTR2014-005586-75", "EUCTR"), new RegistryId("2014/2204", null));
    }

    @Test
    void xmlWithheldRecordLeavesTheRedactedSponsorEmptyAndSaysSo() {
        ParsedRecord r = CtgovSamples.only(new CtgovXmlImporter(), "ictrp/other-formats/NCT03182660.xml");
        Trial t = r.trial();
        assertThat(t.overallStatus()).isEqualTo(OverallStatus.WITHHELD);
        assertThat(t.leadSponsor()).isNull();
        assertThat(t.briefTitle()).isEqualTo("[Trial of device that is not approved or cleared by the U.S. FDA]");
        assertThat(r.warnings()).extracting(ImportWarning::message)
                .contains("lead sponsor is redacted in the record; left empty");
    }

    @Test
    void noTextOfAnyXmlSampleKeepsACarriageReturn() {
        List<String> withCarriageReturn = new ArrayList<>();
        for (Path file : CtgovSamples.shared("ctgov-xml")) {
            CollectingSink sink = CtgovSamples.parse(new CtgovXmlImporter(), CtgovSamples.document(file));
            for (ParsedRecord r : sink.records) {
                texts(r.trial()).stream().filter(s -> s != null && s.indexOf('\r') >= 0).findFirst()
                        .ifPresent(s -> withCarriageReturn.add(file.getFileName() + ": " + s));
            }
        }
        assertThat(withCarriageReturn).isEmpty();
    }

    private static List<String> texts(Trial t) {
        List<String> out = new ArrayList<>(List.of(String.valueOf(t.briefTitle()), String.valueOf(t.officialTitle()),
                String.valueOf(t.briefSummary()), String.valueOf(t.detailedDescription()),
                String.valueOf(t.eligibility().criteriaText())));
        t.outcomes().forEach(o -> out.addAll(List.of(o.measure(), String.valueOf(o.description()),
                String.valueOf(o.timeFrame()))));
        t.arms().forEach(a -> out.add(String.valueOf(a.description())));
        t.arms().stream().map(Arm::label).forEach(out::add);
        t.interventions().forEach(i -> out.add(String.valueOf(i.description())));
        return out;
    }
}
