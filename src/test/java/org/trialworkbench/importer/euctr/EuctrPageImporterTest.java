package org.trialworkbench.importer.euctr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.CollectingSink;
import org.trialworkbench.importer.Detection;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.importer.html.HtmlText;
import org.trialworkbench.model.Allocation;
import org.trialworkbench.model.InterventionType;
import org.trialworkbench.model.Masking;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.OutcomeKind;
import org.trialworkbench.model.OverallStatus;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.RegistryIds;
import org.trialworkbench.model.Sex;
import org.trialworkbench.model.StudyType;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialDates;

/** The three real EU CTR protocol pages, as saved HTML and as copied text. */
class EuctrPageImporterTest {
    private static final EuctrPageImporter IMPORTER = new EuctrPageImporter();

    static byte[] page(String name) throws IOException {
        try (InputStream in = EuctrPageImporterTest.class.getResourceAsStream("/samples/euctr/" + name)) {
            return in.readAllBytes();
        }
    }

    static ParsedRecord read(String name, byte[] bytes) {
        CollectingSink sink = CollectingSink.parse(IMPORTER, new BytesDocument(name, bytes));
        assertThat(sink.failures).isEmpty();
        assertThat(sink.records).hasSize(1);
        return sink.records.get(0);
    }

    static Trial trial(String name) throws IOException {
        return read(name, page(name)).trial();
    }

    @Test
    void readsTocilizumabExtensionPage() throws IOException {
        Trial t = trial("2005-002909-23_PT.html");
        assertThat(t.id()).isEqualTo("EUCTR2005-002909-23");
        assertThat(t.registryIds()).containsExactly(new RegistryId("EUCTR2005-002909-23", RegistryIds.EUCTR), new RegistryId("WA18696", null));
        assertThat(t.officialTitle()).isEqualTo("Long-term extension study of safety during treatment with tocilizumab (MRA) in patients completing treatment in MRA core studies.");
        assertThat(t.briefTitle()).isEqualTo(t.officialTitle());
        assertThat(t.acronym()).isNull();
        assertThat(t.leadSponsor()).isEqualTo("F Hoffmann La-Roche AG");
        assertThat(t.overallStatus()).isEqualTo(OverallStatus.COMPLETED);
        // Section P: "Date of the global end of the trial | 2013-04-24"; the page states no start date.
        assertThat(t.dates()).isEqualTo(new TrialDates(null, null, "2013-04-24"));
        assertThat(t.studyType()).isEqualTo(StudyType.INTERVENTIONAL);
        assertThat(t.phases()).containsExactly(Phase.PHASE3);
        assertThat(t.design().allocation()).isNull();
        assertThat(t.countries()).containsExactly("Portugal");
        assertThat(t.conditions()).containsExactly("Rheumatoid arthritis");
        assertThat(t.enrollment().count()).isEqualTo(2420);
        assertThat(t.interventions()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("MRA");
            assertThat(i.type()).isEqualTo(InterventionType.DRUG);
            assertThat(i.otherNames()).containsExactly("tocilizumab", "RO4877533");
            assertThat(i.description()).isEqualTo("IMP role: Test\nProduct name: MRA\nINN: tocilizumab\n"
                    + "Pharmaceutical form: Concentrate for solution for infusion\nRoute of administration: Intravenous use");
        });
        assertThat(t.eligibility().sex()).isEqualTo(Sex.ALL);
        assertThat(t.eligibility().healthyVolunteers()).isFalse();
        assertThat(t.eligibility().minimumAge()).isNull();
        assertThat(t.eligibility().criteriaText()).startsWith("Inclusion Criteria:\n1) Completion of treatment as specified in the core studies")
                .contains("\nExclusion Criteria:\n1) Treatment with any investigational agent since the last administration");
        assertThat(t.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.key()).isEqualTo("P1");
            assertThat(o.measure()).startsWith("The primary parameters of interest are safety and long-term efficacy.\n")
                    .contains("• Number of patients who withdraw from treatment.");
        });
    }

    @Test
    void readsSativexPageWithTradeNameAndPrematureEnd() throws IOException {
        ParsedRecord r = read("2009-016529-32_EE.html", page("2009-016529-32_EE.html"));
        Trial t = r.trial();
        assertThat(t.id()).isEqualTo("EUCTR2009-016529-32");
        assertThat(t.officialTitle()).startsWith("A multicenter, non-comparative, open-label extension study to assess the long term safety of Sativex");
        assertThat(t.overallStatus()).isEqualTo(OverallStatus.TERMINATED);
        // Prematurely ended: section P gives no global end date, and no other date stands in for it.
        assertThat(t.dates()).isEqualTo(TrialDates.EMPTY);
        assertThat(t.leadSponsor()).isEqualTo("GW Pharma Ltd");
        assertThat(t.countries()).containsExactly("Estonia");
        assertThat(t.interventions()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("Sativex");
            assertThat(i.otherNames()).containsExactly("Sativex Oromucosal Spray", "GW-1000-02");
            assertThat(i.description()).contains("Route of administration: Oromucosal use");
        });
        assertThat(t.design().allocation()).isEqualTo(Allocation.NON_RANDOMIZED);
        assertThat(t.design().masking()).isNull();
        assertThat(t.eligibility().criteriaText()).startsWith("Inclusion Criteria:\nFor inclusion in the study patients must fulfill ALL")
                .contains("-Willing and able to comply with all study requirements.\nExclusion Criteria:\nThe patient may not enter");
        assertThat(t.outcomes()).extracting(Outcome::measure).containsExactly("The primary endpoint is the incidence of adverse events (AEs).");
        assertThat(t.conditions()).contains("Cancer pain");
        assertThat(r.warnings()).extracting(w -> w.message())
                .contains("the register states age groups, not age limits: Adults (18-64 years); Elderly (>=65 years)");
    }

    @Test
    void readsThirdCountryPageWithTimepointsAndTwoActiveSubstances() throws IOException {
        Trial t = trial("2011-005852-33_3rd.html");
        assertThat(t.id()).isEqualTo("EUCTR2011-005852-33");
        assertThat(t.briefTitle()).isEqualTo("Efficacy, safety and pharmacokinetics of artemether-lumefantrine dispersible tablet in the treatment of malaria in infants < 5 kg");
        assertThat(t.officialTitle()).startsWith("An open-label, single-arm study").endsWith("infants <5 kg Body Weight");
        assertThat(t.registryIds()).extracting(RegistryId::id).containsExactly("EUCTR2011-005852-33", "CCOA566B2306");
        assertThat(t.overallStatus()).isNull();
        assertThat(t.phases()).containsExactly(Phase.PHASE2);
        assertThat(t.design().allocation()).isEqualTo(Allocation.NON_RANDOMIZED);
        assertThat(t.design().masking()).isEqualTo(Masking.NONE);
        assertThat(t.countries()).containsExactly("Benin", "Burkina Faso", "Congo", "Nigeria", "Togo");
        assertThat(t.conditions()).contains("Malaria, Falciparum", "Malaria");
        assertThat(t.interventions()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("artemether-lumefantrine");
            assertThat(i.otherNames()).containsExactly("ARTEMETHER", "LUMEFANTRINE", "COA566");
            assertThat(i.description()).contains("INN: ARTEMETHER, LUMEFANTRINE", "Pharmaceutical form: Dispersible tablet", "Route of administration: Oral use");
        });
        assertThat(t.eligibility().criteriaText()).startsWith("Inclusion Criteria:\n•Neonates / infants")
                .contains("\nExclusion Criteria:\n•Presence of severe malaria").endsWith("•Other protocol-defined inclusion/exclusion criteria may apply.");
        Outcome primary = t.outcomes().get(0);
        assertThat(primary.kind()).isEqualTo(OutcomeKind.PRIMARY);
        assertThat(primary.measure()).startsWith("The primary efficacy variable is the PCR-corrected 28-day parasitological cure rate");
        assertThat(primary.timeFrame()).isEqualTo("28 days");
        Outcome secondary = t.outcomes().get(1);
        assertThat(secondary.key()).isEqualTo("S1");
        assertThat(secondary.measure()).startsWith("Secondary efficacy variables are:").contains("• Routine safety laboratory assessments");
        assertThat(secondary.timeFrame()).isEqualTo("1, 2, 3, 7, 14, 28 and 42 days");
        assertThat(t.enrollment().count()).isEqualTo(30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2005-002909-23_PT.html", "2009-016529-32_EE.html", "2011-005852-33_3rd.html"})
    void readsTheSameTrialFromCopiedTextAsFromTheSavedPage(String name) throws IOException {
        Trial fromHtml = trial(name);
        String copied = HtmlText.extract(new String(page(name), StandardCharsets.UTF_8));
        Trial fromText = read(name + ".txt", copied.getBytes(StandardCharsets.UTF_8)).trial();
        assertThat(fromText).isEqualTo(fromHtml);
        // a browser copy separates cells with tabs and has no blank lines between rows
        String tabbed = copied.replace(" | ", "\t").replace("\n\n", "\n");
        assertThat(read(name + ".tsv", tabbed.getBytes(StandardCharsets.UTF_8)).trial()).isEqualTo(fromHtml);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2005-002909-23_PT.html", "2009-016529-32_EE.html", "2011-005852-33_3rd.html"})
    void claimsPagesAndTheirTextCopies(String name) throws IOException {
        byte[] html = page(name);
        assertThat(IMPORTER.detect(new BytesDocument(name, html).head()).score()).isEqualTo(90);
        byte[] text = HtmlText.extract(new String(html, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        Detection d = IMPORTER.detect(new BytesDocument(name, text).head());
        assertThat(d.score()).isEqualTo(80);
        assertThat(d.reason()).contains("text");
    }

    @Test
    void keepsCriterionLinesThatLookLikeSectionLetters() {
        String text = "EudraCT Number: | 2011-005852-33\nA.2 | EudraCT number | 2011-005852-33\nA.3 | Full title of the trial\nT\n"
                + "E.3 | Principal inclusion criteria\n1. Infection\nE. coli infection confirmed\nE.4 | Principal exclusion criteria\nNone";
        Trial t = read("copy.txt", text.getBytes(StandardCharsets.UTF_8)).trial();
        assertThat(t.eligibility().criteriaText()).isEqualTo(
                "Inclusion Criteria:\n1. Infection\nE. coli infection confirmed\nExclusion Criteria:\nNone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2013-04-24", "24/04/2013", "Information not present in EudraCT"})
    void readsOnlyAnIsoGlobalEndDateAsCompletion(String stated) {
        String text = "EudraCT Number: | 2011-005852-33\nA.2 | EudraCT number | 2011-005852-33\nA.3 | Full title of the trial\nT\n"
                + "P. End of Trial\nP. | End of Trial Status | Completed\nP. | Date of the global end of the trial | " + stated;
        Trial t = read("copy.txt", text.getBytes(StandardCharsets.UTF_8)).trial();
        assertThat(t.dates().completion()).isEqualTo(stated.equals("2013-04-24") ? stated : null);
    }

    @Test
    void reportsAPageWithoutEudraCtNumber() {
        CollectingSink sink = CollectingSink.parse(IMPORTER, new BytesDocument("x.html",
                "<html><body><p>EU Clinical Trials Register</p><p>EudraCT Number</p></body></html>".getBytes(StandardCharsets.UTF_8)));
        assertThat(sink.records).isEmpty();
        assertThat(sink.failures).singleElement().asString().contains("no EudraCT number");
    }

    @Test
    void reportsEmptyAndBinaryInput() {
        for (byte[] bytes : List.of(new byte[0], new byte[] {0, 1, 2, (byte) 0xFF, 0, 0, 7})) {
            CollectingSink sink = CollectingSink.parse(IMPORTER, new BytesDocument("x", bytes));
            assertThat(sink.records).isEmpty();
            assertThat(sink.failures).hasSize(1);
        }
    }

    @Test
    void doesNotClaimXmlThatMentionsEudraCt() {
        String xml = "<?xml version='1.0'?><Trials_downloaded_from_ICTRP><Trial><TrialID>EUCTR2021-000037-14-ES</TrialID>"
                + "<Source_Register>EU Clinical Trials Register</Source_Register><Secondary_ID>EudraCT Number 2021-000037-14"
                + "</Secondary_ID></Trial></Trials_downloaded_from_ICTRP>";
        assertThat(IMPORTER.detect(new BytesDocument("x.xml", xml.getBytes(StandardCharsets.UTF_8)).head()).claims()).isFalse();
    }
}
