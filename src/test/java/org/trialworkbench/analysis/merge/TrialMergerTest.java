package org.trialworkbench.analysis.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
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
}
