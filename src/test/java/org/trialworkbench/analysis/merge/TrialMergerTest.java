package org.trialworkbench.analysis.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.CriterionKind;
import org.trialworkbench.model.DateType;
import org.trialworkbench.model.Eligibility;
import org.trialworkbench.model.Enrollment;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.OutcomeKind;
import org.trialworkbench.model.OverallStatus;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.SourceRef;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialDates;

class TrialMergerTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private static SourcedTrial source(String format, String file, Trial.Builder b) {
        return new SourcedTrial(b.build(), new SourceRef(format, file, file.repeat(64).substring(0, 64), T));
    }

    private static Trial.Builder trial(String id) {
        return Trial.builder().id(id).briefTitle("Title of " + id)
                .registryIds(List.of(new RegistryId(id, "ClinicalTrials.gov")));
    }

    @Test
    void keepsBothValuesWhenSourcesDisagreeAndShowsTheMoreStructuredFirst() {
        Trial merged = TrialMerger.merge(List.of(
                source("aggregator-text", "b", trial("NCT1").enrollment(new Enrollment(25, null))),
                source("ctgov-json", "a", trial("NCT1").enrollment(new Enrollment(20, null)))));
        assertThat(merged.enrollment().count()).isEqualTo(20);
        assertThat(merged.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("enrollment");
            assertThat(c.values()).extracting(v -> v.value() + "@" + v.sourceFormat())
                    .containsExactly("20@ctgov-json", "25@aggregator-text");
        });
        assertThat(merged.sources()).extracting(SourceRef::format).containsExactly("ctgov-json", "aggregator-text");
    }

    @Test
    void aValueStatedByOnlyOneSourceIsNoConflictAndKnowsItsSource() {
        Trial merged = TrialMerger.merge(List.of(
                source("ctgov-tabular-text", "t", trial("NCT1").overallStatus(OverallStatus.UNKNOWN)),
                source("aggregator-text", "g", trial("NCT1").overallStatus(null).leadSponsor("Hospital"))));
        assertThat(merged.conflicts()).isEmpty();
        assertThat(merged.leadSponsor()).isEqualTo("Hospital");
        assertThat(merged.provenance()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("leadSponsor");
            assertThat(p.sourceFiles()).containsExactly("g");
        });
    }

    @Test
    void lessPreciseDatesAgreeWithMorePreciseOnes() {
        Trial merged = TrialMerger.merge(List.of(
                source("ctgov-json", "a", trial("NCT1").dates(new TrialDates("2009-08", null, null))),
                source("aggregator-text", "b", trial("NCT1").dates(new TrialDates("2009-08-20", null, null)))));
        assertThat(merged.conflicts()).isEmpty();
    }

    @Test
    void takesTheMostCompleteOutcomeListWhole() {
        Outcome p1 = new Outcome("P1", OutcomeKind.PRIMARY, "mRSS", null, "monthly", null);
        Outcome s1 = new Outcome("S1", OutcomeKind.SECONDARY, "VC", null, "every three month", null);
        Trial merged = TrialMerger.merge(List.of(
                source("ctgov-tabular-text", "t", trial("NCT1").outcomes(List.of(p1))),
                source("aggregator-text", "g", trial("NCT1").outcomes(List.of(p1, s1)))));
        assertThat(merged.outcomes()).containsExactly(p1, s1);
    }

    @Test
    void unitesRegistryIdsAndPrefersARegistryIdOverALocalOne() {
        Trial merged = TrialMerger.merge(List.of(
                source("ctgov-field-dump", "d", Trial.builder().id("local-abc").briefTitle("T")),
                source("jrct-text", "j", trial("jRCTc071190041").addRegistryId(new RegistryId("UMIN000028381", "UMIN-CTR")))));
        assertThat(merged.id()).isEqualTo("jRCTc071190041");
        assertThat(merged.registryIds()).extracting(RegistryId::id).containsExactly("jRCTc071190041", "UMIN000028381");
    }

    private static Trial.Builder withCriteria(String id, String text, int count) {
        List<Criterion> items = java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(i -> new Criterion("I" + i, CriterionKind.INCLUSION, "item " + i, List.of(), false)).toList();
        return trial(id).eligibility(new Eligibility(null, null, null, null, text, items));
    }

    @Test
    void criteriaComeFromTheMostStructuredCopyNotFromTheOneSplitIntoMoreItems() {
        // NCT00023673: the XML keeps the nested list (histologies under one criterion); API v1 drops the
        // markers, so the same text splits into more items. The XML copy's criteria are shown.
        String xml = "Inclusion Criteria:\n- Histology, one of:\n  - Squamous cell carcinoma\n  - Adenocarcinoma\n- Age >= 18";
        String v1 = "Inclusion Criteria:\nHistology, one of:\nSquamous cell carcinoma\nAdenocarcinoma\nAge >= 18";
        Trial merged = TrialMerger.merge(List.of(
                source("ctgov-v1-json", "v1", withCriteria("NCT1", v1, 4)),
                source("ctgov-xml", "xml", withCriteria("NCT1", xml, 2))));
        assertThat(merged.eligibility().criteriaText()).isEqualTo(xml);
        assertThat(merged.provenance()).filteredOn(p -> p.field().equals("eligibility.criteria"))
                .singleElement().satisfies(p -> assertThat(p.sourceFiles()).containsExactly("xml", "v1"));
    }

    @Test
    void aCopyMuchShorterThanAnotherGivesWayEvenWhenMoreStructured() {
        // An EU copy's "principal" criteria, or an empty cell: the fuller text of a page copy is shown.
        String principal = "Inclusion Criteria:\nAge >= 18";
        String whole = "Inclusion Criteria:\nAge >= 18\nECOG 0-1\nAdequate organ function\nExclusion Criteria:\nPregnancy";
        Trial merged = TrialMerger.merge(List.of(
                source("ctgov-json", "j", withCriteria("NCT1", principal, 1)),
                source("aggregator-text", "g", withCriteria("NCT1", whole, 4)),
                source("ctgov-tabular-text", "t", withCriteria("NCT1", null, 0))));
        assertThat(merged.eligibility().criteriaText()).isEqualTo(whole);
    }

    @Test
    void amongCopiesOfOneFormatTheOneWithMoreCriteriaIsShown() {
        String a = "Inclusion Criteria:\nAge >= 18 and ECOG 0-1";
        String b = "Inclusion Criteria:\nAge >= 18\nECOG 0-1";
        Trial merged = TrialMerger.merge(List.of(
                source("ictrp-xml", "a", withCriteria("NCT1", a, 1)),
                source("ictrp-xml", "b", withCriteria("NCT1", b, 2))));
        assertThat(merged.eligibility().criteriaText()).isEqualTo(b);
    }

    @Test
    void aShownDateCarriesTheTypeItsOwnSourceGivesIt() {
        // The JSON copy says the completion is expected; a page copy gives an older, different date with no type.
        Trial merged = TrialMerger.merge(List.of(
                source("aggregator-text", "g", trial("NCT1").dates(new TrialDates("2019-03", null, "2021-06"))),
                source("ctgov-json", "j", trial("NCT1").dates(new TrialDates("2019-03-12", null, "2026-06-30",
                        DateType.ACTUAL, null, DateType.ESTIMATED)))));
        assertThat(merged.dates()).isEqualTo(new TrialDates("2019-03-12", null, "2026-06-30", DateType.ACTUAL, null,
                DateType.ESTIMATED));
        Trial pageOnly = TrialMerger.merge(List.of(
                source("aggregator-text", "g", trial("NCT1").dates(new TrialDates("2019-03", null, "2021-06")))));
        assertThat(pageOnly.dates().completionType()).isNull();
    }
}
