package org.trialworkbench.ui.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialworkbench.ui.eligibility.EligibilityTrials.RENAL_MG;
import static org.trialworkbench.ui.eligibility.EligibilityTrials.RENAL_MMOL;
import static org.trialworkbench.ui.eligibility.EligibilityTrials.RENAL_UMOL;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.comparison.CellEntry;
import org.trialworkbench.model.comparison.EligibilityCell;
import org.trialworkbench.model.comparison.EligibilityCell.Verdict;
import org.trialworkbench.model.comparison.RowKind;
import org.trialworkbench.service.CompareService;
import org.trialworkbench.ui.AppState;
import org.trialworkbench.ui.SameThreadTaskRunner;
import org.trialworkbench.ui.SelectedTarget;
import org.trialworkbench.ui.TaskRunner;

/** The Eligibility panel's behaviour without a window, on comparisons computed by the real CompareService. */
class EligibilityPanelViewModelTest {
    private static final String CREATININE_ROW = "threshold:serum creatinine|EXCLUSION";

    private final AppState state = new AppState();
    private final EligibilityPanelViewModel model =
            new EligibilityPanelViewModel(state, new CompareService(), new SameThreadTaskRunner());

    private void compare(Trial... trials) {
        state.compare(List.of(trials));
    }

    private EligibilityRowItem row(String key) {
        return model.allRows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<String> displays(EligibilityRowItem row) {
        return row.row().cells().stream()
                .map(c -> c.entries().stream().map(CellEntry::display).toList().toString()).toList();
    }

    private List<String> visibleKeys() {
        return model.visibleRows().stream().map(EligibilityRowItem::key).toList();
    }

    @Test
    void nothingComparedShowsNoColumnsAndNoRows() {
        assertThat(model.columnsProperty().get()).isEmpty();
        assertThat(model.visibleRows()).isEmpty();
        assertThat(model.comparisonProperty().get()).isNull();
    }

    @Test
    void creatinineInTwoUnitsIsOneRowInMilligramsWithTheStricterTrialMarked() {
        compare(EligibilityTrials.creatinineInMicromoles(), EligibilityTrials.creatinineInMilligrams());

        assertThat(model.columnsProperty().get()).extracting(EligibilityColumn::trialId)
                .containsExactly(RENAL_UMOL, RENAL_MG);
        assertThat(model.allRows().stream().filter(r -> r.kind() == RowKind.THRESHOLD)).hasSize(1);
        EligibilityRowItem creatinine = row(CREATININE_ROW);
        assertThat(creatinine.note()).isEqualTo("exclusion · in mg/dL");
        assertThat(displays(creatinine)).containsExactly("[> 1.36 mg/dL (120 µmol/L)]", "[≥ 2 mg/dL]");
        // Excluding from 1.36 mg/dL upwards excludes more patients than from 2 mg/dL.
        assertThat(creatinine.row().cells()).extracting(EligibilityCell::verdict)
                .containsExactly(Verdict.STRICTEST, Verdict.LOOSEST);
        assertThat(creatinine.differs()).isTrue();
    }

    @Test
    void aRowWithoutUnitSaysWhetherItIsAScoreOrWasNotNormalized() {
        compare(EligibilityTrials.performanceScore(), EligibilityTrials.creatinineInImplausibleUnit());
        assertThat(row("threshold:ECOG|INCLUSION").note()).isEqualTo("inclusion · no unit");
        assertThat(row(CREATININE_ROW).note()).isEqualTo("exclusion · not normalized, not ranked");
    }

    @Test
    void onlyRowsThatDifferHidesRowsStatedAlike() {
        compare(EligibilityTrials.creatinineInMicromoles(), EligibilityTrials.creatinineInMilligrams());
        assertThat(visibleKeys()).contains("sex", "healthyVolunteers", "minimumAge", CREATININE_ROW);

        model.differsOnlyProperty().set(true);

        assertThat(visibleKeys()).doesNotContain("sex", "healthyVolunteers", "maximumAge")
                .contains("minimumAge", CREATININE_ROW);
        assertThat(model.visibleRows()).allMatch(EligibilityRowItem::differs);
        model.differsOnlyProperty().set(false);
        assertThat(model.visibleRows()).hasSameSizeAs(model.allRows());
    }

    @ParameterizedTest(name = "\"{0}\" keeps {1}")
    @CsvSource(delimiter = ';', textBlock = """
            CREATININE      ; threshold:serum creatinine|EXCLUSION
            mg/dl           ; threshold:serum creatinine|EXCLUSION
            '  1.36 '       ; threshold:serum creatinine|EXCLUSION
            minimum         ; minimumAge
            breastfeeding   ; text:NCT00000102:E2
            """)
    void searchMatchesLabelsAndCellTextsIgnoringCase(String query, String expectedKey) {
        compare(EligibilityTrials.creatinineInMicromoles(), EligibilityTrials.creatinineInMilligrams());
        model.searchProperty().set(query);
        assertThat(visibleKeys()).containsExactly(expectedKey);
    }

    @Test
    void searchAndDiffersOnlyCombineAndAnUnmatchedSearchShowsNothing() {
        compare(EligibilityTrials.creatinineInMicromoles(), EligibilityTrials.creatinineInMilligrams());
        model.searchProperty().set("consent");
        assertThat(visibleKeys()).containsExactly("text:NCT00000101:I1", "text:NCT00000102:I1");
        model.searchProperty().set("sex");
        model.differsOnlyProperty().set(true);
        assertThat(visibleKeys()).isEmpty();
        model.searchProperty().set("no such words");
        model.differsOnlyProperty().set(false);
        assertThat(visibleKeys()).isEmpty();
        model.searchProperty().set("");
        assertThat(model.visibleRows()).hasSameSizeAs(model.allRows());
    }

    @Test
    void selectingAThresholdCellTargetsItsCriterionAndExplainsTheSpan() {
        compare(EligibilityTrials.creatinineInMicromoles(), EligibilityTrials.creatinineInMilligrams());

        model.select(CREATININE_ROW, RENAL_UMOL, 0);

        assertThat(state.selectedTargetProperty().get()).isEqualTo(new SelectedTarget(RENAL_UMOL, "criterion:E1"));
        EligibilityDetail detail = model.detailProperty().get();
        assertThat(detail.heading()).isEqualTo(RENAL_UMOL + " · E1 · serum creatinine (exclusion)");
        assertThat(detail.reading()).isEqualTo("> 1.36 mg/dL (120 µmol/L) — stricter than the other trial");
        assertThat(detail.source()).isEqualTo(new SourceSpan("Renal impairment: ", "serum creatinine > 120 µmol/L",
                " at screening", true));
        assertThat(detail.kindText()).isEqualTo("exclusion");
        assertThat(model.selectionProperty().get()).isEqualTo(new CellSelection(CREATININE_ROW, RENAL_UMOL, 0));
    }

    @ParameterizedTest
    @CsvSource({"minimumAge, field:eligibility.minimumAge", "maximumAge, field:eligibility.maximumAge",
            "sex, field:eligibility.sex", "healthyVolunteers, field:eligibility.healthyVolunteers"})
    void selectingADemographicCellTargetsTheField(String rowKey, String target) {
        compare(EligibilityTrials.creatinineInMicromoles(), EligibilityTrials.creatinineInMilligrams());
        model.select(rowKey, RENAL_MG, 0);
        assertThat(state.selectedTargetProperty().get()).isEqualTo(new SelectedTarget(RENAL_MG, target));
        assertThat(model.detailProperty().get().kindText()).isEqualTo("stated field of the registry record");
    }

    @Test
    void selectingACellThatStatesNothingOfACriterionLeavesNothingToAnnotate() {
        compare(EligibilityTrials.creatinineInMicromoles(), EligibilityTrials.creatinineInMilligrams());
        model.select(CREATININE_ROW, RENAL_MG, 0);
        assertThat(state.selectedTargetProperty().get()).isNotNull();

        model.select("text:NCT00000102:E2", RENAL_UMOL, 0);

        assertThat(state.selectedTargetProperty().get()).isNull();
        assertThat(model.detailProperty().get().reading()).isEqualTo(RENAL_UMOL + " states nothing for this row.");
        assertThat(model.detailProperty().get().target()).isNull();
    }

    @Test
    void aCriterionWithoutThresholdStaysATextRowWithItsOwnWords() {
        compare(EligibilityTrials.creatinineInMicromoles(), EligibilityTrials.creatinineInMilligrams());
        EligibilityRowItem pregnancy = row("text:NCT00000102:E2");
        assertThat(pregnancy.kind()).isEqualTo(RowKind.TEXT);
        assertThat(pregnancy.label()).isEqualTo("NCT00000102 E2");
        assertThat(displays(pregnancy)).containsExactly("[]", "[Pregnant or breastfeeding women]");
        assertThat(pregnancy.row().cells()).extracting(EligibilityCell::verdict).containsOnly(Verdict.NONE);

        model.select(pregnancy.key(), RENAL_MG, 0);
        assertThat(model.detailProperty().get().reading()).startsWith("No threshold read");
        assertThat(state.selectedTargetProperty().get()).isEqualTo(new SelectedTarget(RENAL_MG, "criterion:E2"));
    }

    @Test
    void anInferredKindIsShownOnTheRowAndInTheDetail() {
        compare(EligibilityTrials.creatinineInMicromoles(), EligibilityTrials.creatinineInMilligrams());
        assertThat(row("text:NCT00000102:E2").kindInferred()).isTrue();
        assertThat(row("text:NCT00000102:E2").note()).isEqualTo("exclusion · no threshold read · kind inferred");
        assertThat(row("text:NCT00000102:I1").kindInferred()).isFalse();
        assertThat(row(CREATININE_ROW).kindInferred()).isFalse();
        model.select("text:NCT00000102:E2", RENAL_MG, 0);
        assertThat(model.detailProperty().get().kindText()).startsWith("exclusion (kind inferred");
    }

    @Test
    void anImplausibleUnitIsShownAsWrittenWithTheLikelyUnitOfferedAndNoVerdict() {
        compare(EligibilityTrials.creatinineInMicromoles(), EligibilityTrials.creatinineInMilligrams(),
                EligibilityTrials.creatinineInImplausibleUnit());
        EligibilityRowItem creatinine = row(CREATININE_ROW);
        assertThat(displays(creatinine)).containsExactly("[> 1.36 mg/dL (120 µmol/L)]", "[≥ 2 mg/dL]", "[> 120 mmol/L]");
        // One reading not in mg/dL: the trials are not ranked on a guess.
        assertThat(creatinine.row().cells()).extracting(EligibilityCell::verdict).containsOnly(Verdict.NONE);

        model.select(CREATININE_ROW, RENAL_MMOL, 0);
        assertThat(model.detailProperty().get().flags()).singleElement().satisfies(f -> {
            assertThat(f.warning()).isTrue();
            assertThat(f.badge()).isEqualTo("unit implausible — µmol/L?");
            assertThat(f.explanation()).contains("not converted", "µmol/L", "not applied");
        });
    }

    @Test
    void aSelectionSurvivesFilteringAndANewComparisonButNotTheRemovalOfItsTrial() {
        compare(EligibilityTrials.creatinineInMicromoles(), EligibilityTrials.creatinineInMilligrams());
        model.select(CREATININE_ROW, RENAL_MG, 0);
        model.searchProperty().set("sex");
        assertThat(model.selectionProperty().get()).isEqualTo(new CellSelection(CREATININE_ROW, RENAL_MG, 0));

        state.addToComparison(List.of(EligibilityTrials.creatinineInImplausibleUnit()));
        assertThat(model.selectionProperty().get()).isEqualTo(new CellSelection(CREATININE_ROW, RENAL_MG, 0));
        assertThat(model.detailProperty().get().reading()).isEqualTo("≥ 2 mg/dL");

        state.removeFromComparison(RENAL_MG);
        assertThat(model.selectionProperty().get()).isNull();
        assertThat(model.detailProperty().get()).isNull();
    }

    @Test
    void aComparisonFinishingAfterANewerOneIsDropped() {
        QueuedRunner runner = new QueuedRunner();
        AppState own = new AppState();
        EligibilityPanelViewModel slow = new EligibilityPanelViewModel(own, new CompareService(), runner);
        own.compare(List.of(EligibilityTrials.creatinineInMicromoles()));
        own.compare(List.of(EligibilityTrials.creatinineInMilligrams(), EligibilityTrials.creatinineInImplausibleUnit()));
        assertThat(slow.computingProperty().get()).isTrue();

        runner.runLast();
        runner.runFirst();

        assertThat(slow.computingProperty().get()).isFalse();
        assertThat(slow.columnsProperty().get()).extracting(EligibilityColumn::trialId)
                .containsExactly(RENAL_MG, RENAL_MMOL);
    }

    @Test
    void aFailedComparisonIsReportedInTheStatusLine() {
        AppState own = new AppState();
        QueuedRunner runner = new QueuedRunner();
        new EligibilityPanelViewModel(own, trials -> {
            throw new IllegalStateException("aligner broke");
        }, runner);
        own.compare(List.of(EligibilityTrials.creatinineInMicromoles()));
        runner.runFirst();
        assertThat(own.statusProperty().get()).isEqualTo("Could not compare the eligibility: aligner broke");
    }

    /** Holds submitted work until the test runs it, in any order. */
    private static final class QueuedRunner implements TaskRunner {
        private final List<Runnable> queued = new ArrayList<>();

        @Override
        public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            queued.add(() -> new SameThreadTaskRunner().submit(work, onSuccess, onFailure));
        }

        @Override
        public void onUiThread(Runnable update) {
            update.run();
        }

        void runFirst() {
            queued.remove(0).run();
        }

        void runLast() {
            queued.remove(queued.size() - 1).run();
        }
    }
}
