package org.trialworkbench.ui.trialview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.model.DateType;
import org.trialworkbench.model.Eligibility;
import org.trialworkbench.model.FieldProvenance;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialDates;

/** The view model's field rows and source tags, without a window. */
class TrialViewModelTest {

    @Test
    void fieldRowsFollowTheKeyFieldOrderWithTheirSourcesTheShownOneFirst() {
        Trial t = new FakeMaintenance().trials.get("NCT01000001");
        List<FieldRow> rows = TrialViewModel.fieldRows(t);
        assertThat(rows).extracting(FieldRow::field).containsExactly("briefTitle", "officialTitle", "enrollment");
        FieldRow enrollment = rows.get(2);
        assertThat(enrollment.value()).isEqualTo("60 (estimated)");
        assertThat(enrollment.sources()).containsExactly("[1] ctgov-json", "[2] aggregator-text");
        assertThat(enrollment.conflicting()).isTrue();
        assertThat(rows.get(0).conflicting()).isFalse();
        // stated by no source's provenance but present: shown without a source
        assertThat(rows.get(1).sources()).isEmpty();
    }

    @Test
    void aDateSaysWhetherTheRegistryGivesItAsReachedOrExpected() {
        Trial t = Trial.builder().id("NCT01000001").briefTitle("x")
                .dates(new TrialDates("2019-03-12", "2025", "2026-06-30", DateType.ACTUAL, null, DateType.ESTIMATED))
                .provenance(List.of(new FieldProvenance("dates.start", List.of("/a.json")),
                        new FieldProvenance("dates.primaryCompletion", List.of("/a.json")),
                        new FieldProvenance("dates.completion", List.of("/a.json")))).build();
        assertThat(TrialViewModel.fieldRows(t)).filteredOn(r -> r.field().startsWith("dates."))
                .extracting(FieldRow::value).containsExactly("2019-03-12 (actual)", "2025", "2026-06-30 (estimated)");
    }

    @Test
    void criteriaTextThatWasNotSplitIsShownAsUnreadNotAsMissing() {
        Trial t = Trial.builder().id("NCT01000001").briefTitle("x")
                .eligibility(new Eligibility(null, null, null, null, "Inclusion: adults", List.of()))
                .provenance(List.of(new FieldProvenance("eligibility.criteria", List.of("/a.txt")))).build();
        assertThat(TrialViewModel.fieldRows(t)).filteredOn(r -> r.field().equals("eligibility.criteria"))
                .singleElement().satisfies(r -> assertThat(r.value()).contains("not split into criteria"));
    }

    @ParameterizedTest
    @CsvSource({
            "/data/study.json, study.json",
            "C:\\records\\study.xml, study.xml",
            "/data/archive.zip!folder/NCT01.xml, NCT01.xml",
            "plain.txt, plain.txt"})
    void fileNamesAreShownWithoutTheirFolders(String file, String shown) {
        assertThat(TrialViewModel.fileName(file)).isEqualTo(shown);
    }

    @Test
    void aSourceTagIsTheSourceNumberAndFormat() {
        Trial t = new FakeMaintenance().trials.get("NCT01000001");
        assertThat(TrialViewModel.sourceTag(t, "/data/page.txt")).isEqualTo("[2] aggregator-text");
        assertThat(TrialViewModel.sourceTag(t, "/elsewhere/other.txt")).isEqualTo("other.txt");
    }
}
