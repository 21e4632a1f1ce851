package org.trialworkbench.ui.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialworkbench.ui.cohorts.CohortTrials.ESCALATION;
import static org.trialworkbench.ui.cohorts.CohortTrials.FIXED;
import static org.trialworkbench.ui.cohorts.CohortTrials.MG_KG;
import static org.trialworkbench.ui.cohorts.CohortTrials.NO_COHORTS;
import static org.trialworkbench.ui.cohorts.CohortTrials.PARALLEL;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.trialworkbench.model.Trial;
import org.trialworkbench.ui.SelectedTarget;

/** The Dose cohorts tab's state, without a window. */
class DoseCohortsPanelViewModelTest {
    private final ObservableList<Trial> compared = FXCollections.observableArrayList();
    private final SimpleObjectProperty<SelectedTarget> selected = new SimpleObjectProperty<>();
    private final DoseCohortsPanelViewModel model = new DoseCohortsPanelViewModel(compared, selected);

    private TrialCohorts trial(String id) {
        return model.trials().stream().filter(t -> t.trialId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void cellEscalationRowsShowSubjectsDosesCountsAndGates() {
        compared.setAll(CohortTrials.cellEscalation());
        List<CohortRow> rows = trial(ESCALATION).cohorts();
        assertThat(rows).extracting(CohortRow::cohort).containsExactly("C1\nCohort 1", "C2\nCohort 2", "C3\nCohort 3");
        assertThat(rows).extracting(CohortRow::participants).containsExactly("1–3 (n=3)", "4–7 (n=4)", "8–10 (n=3)");
        assertThat(rows).extracting(CohortRow::dose).containsOnly("1×10⁶ cells/kg");
        assertThat(rows).extracting(CohortRow::administrations).containsExactly("1", "2", "3");
        assertThat(rows).extracting(CohortRow::cumulative)
                .containsExactly("1×10⁶ cells/kg", "2×10⁶ cells/kg", "3×10⁶ cells/kg");
        assertThat(rows).extracting(CohortRow::gate).containsExactly("no adverse events after 4 weeks",
                "no adverse events after 4 weeks of the last infusion", "—");
        assertThat(rows).extracting(CohortRow::intervention).containsOnly("AD-MSC (intravenous)");
        assertThat(rows).extracting(CohortRow::interval).containsOnly("—");
        assertThat(trial(ESCALATION).emptyMessage()).isNull();
    }

    @Test
    void parallelEscalationsAreSeparateLinesNamedInTheRowsAndUnderTheChart() {
        compared.setAll(CohortTrials.parallelEscalations(), CohortTrials.cellEscalation());
        assertThat(trial(PARALLEL).cohorts()).extracting(CohortRow::cohort).startsWith("C1\nDose 8 mg", "C2\nDose 12 mg");
        assertThat(trial(PARALLEL).cohorts()).extracting(CohortRow::escalation).containsExactly("Once Daily Dosing",
                "Once Daily Dosing", "Once Daily Dosing", "Twice Daily Dosing", "Twice Daily Dosing", "Twice Daily Dosing");
        assertThat(trial(ESCALATION).cohorts()).extracting(CohortRow::escalation).containsOnlyNulls();
        List<DoseSeries> series = model.chart().groups().get(0).series();
        assertThat(series).extracting(DoseSeries::escalation).containsExactly("Once Daily Dosing", "Twice Daily Dosing");
        // No line from 16 mg once daily down to 4 mg twice daily.
        assertThat(series.get(0).points()).extracting(DosePoint::dose).containsExactly(8.0, 12.0, 16.0);
        assertThat(series.get(1).points()).extracting(DosePoint::dose).containsExactly(4.0, 6.0, 8.0);
        assertThat(series.get(1).points().get(0).label()).contains("C4 (Twice Daily Dosing)");
        assertThat(model.chart().chartNotes()).contains(PARALLEL
                + " escalates in parallel, one line each: Once Daily Dosing (C1–C3); Twice Daily Dosing (C4–C6)");
    }

    @Test
    void hoverTextGivesTheSourcePassageAndTheDoseAsWritten() {
        compared.setAll(CohortTrials.cellEscalation());
        assertThat(trial(ESCALATION).cohorts().get(1).source()).isEqualTo(
                "Source: \u201Cthe next 4-7 subjects will receive AD-MSC 1x10E6 cellskg infusion therapy twice\u201D"
                        + "\nDose as written: 1x10E6 cellskg, route: intravenous");
    }

    @Test
    void cumulativeDoseNotComputedShowsTheReaderReasonAndARangeStaysAsWritten() {
        compared.setAll(CohortTrials.mgPerKg());
        List<CohortRow> rows = trial(MG_KG).cohorts();
        assertThat(rows).extracting(CohortRow::cumulative).containsExactly(
                "not computed: number of administrations not stated",
                "not computed: number of administrations not stated", "not computed: dose not stated");
        assertThat(rows).extracting(CohortRow::dose).containsExactly("0.3 mg/kg", "1 mg/kg", "as written: 2-3 mg/kg");
        assertThat(rows).extracting(CohortRow::interval).containsExactly("every 3 weeks", "every 3 weeks", "—");
        assertThat(rows).extracting(CohortRow::participants).containsExactly("n=3", "n=3", "—");
        assertThat(rows).extracting(CohortRow::administrations).containsOnly("—");
    }

    @Test
    void aTrialWithoutCohortsSaysSoAndStillListsItsArmsAndInterventions() {
        compared.setAll(CohortTrials.withoutCohorts());
        TrialCohorts t = trial(NO_COHORTS);
        assertThat(t.cohorts()).isEmpty();
        assertThat(t.emptyMessage()).isEqualTo("No dose cohorts read from this trial's arms or descriptions");
        assertThat(t.items()).extracting(ItemRow::kind, ItemRow::name, ItemRow::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Arm", "Drug B", "Experimental"),
                org.assertj.core.groups.Tuple.tuple("Arm", "Placebo", "Placebo comparator"),
                org.assertj.core.groups.Tuple.tuple("Intervention", "Drug B", "Drug"));
        assertThat(t.items()).extracting(ItemRow::description).containsExactly(
                "Drug B 20 mg daily\nInterventions: Drug B", "—\nInterventions: Placebo", "20 mg tablet\nAlso: B-20");
        assertThat(model.chart().groups()).isEmpty();
        assertThat(model.chart().chartNotes()).containsExactly(NO_COHORTS + ": no dose cohorts to plot");
    }

    @Test
    void trialsDosedInCellsPerKgShareOneLogAxis() {
        compared.setAll(CohortTrials.cellEscalation(), CohortTrials.fixedCellDose());
        DoseChart chart = model.chart();
        assertThat(chart.groups()).hasSize(1);
        DoseAxisGroup cells = chart.groups().get(0);
        assertThat(cells.unit()).isEqualTo("cells/kg");
        assertThat(cells.logScale()).isTrue();
        assertThat(cells.scaleReason()).isEqualTo("log scale: cell counts");
        assertThat(cells.trialIds()).containsExactly(ESCALATION, FIXED);
        assertThat(cells.series()).extracting(DoseSeries::name).containsExactly(ESCALATION + " per administration",
                ESCALATION + " cumulative", FIXED + " per administration", FIXED + " cumulative");
        DoseSeries cumulative = cells.series().get(1);
        assertThat(cumulative.points()).extracting(DosePoint::dose).containsExactly(1e6, 2e6, 3e6);
        assertThat(cumulative.points()).extracting(DosePoint::y)
                .containsExactly(6.0, Math.log10(2e6), Math.log10(3e6));
        assertThat(chart.separationNote()).isNull();
        assertThat(chart.chartNotes()).isEmpty();
    }

    @Test
    void equalDosesOfTwoTrialsAreNudgedApartOnTheStepAxis() {
        compared.setAll(CohortTrials.cellEscalation(), CohortTrials.fixedCellDose());
        List<DoseSeries> series = model.chart().groups().get(0).series();
        double first = series.get(0).points().get(0).x();
        double second = series.get(2).points().get(0).x();
        assertThat(first).isLessThan(1).isGreaterThan(0.6);
        assertThat(second).isGreaterThan(1).isLessThan(1.4);
        assertThat(series.get(0).points()).extracting(DosePoint::sequence).containsExactly(1, 2, 3);
    }

    @Test
    void differentUnitsGetSeparateAxesAndTheChartSaysSo() {
        compared.setAll(CohortTrials.cellEscalation(), CohortTrials.mgPerKg());
        DoseChart chart = model.chart();
        assertThat(chart.groups()).extracting(DoseAxisGroup::unit).containsExactly("cells/kg", "mg/kg");
        assertThat(chart.groups()).extracting(DoseAxisGroup::logScale).containsExactly(true, false);
        assertThat(chart.groups().get(1).trialIds()).containsExactly(MG_KG);
        assertThat(chart.separationNote()).isEqualTo("cells/kg and mg/kg cannot share an axis: shown separately");
        // no cumulative series for the mg/kg trial: none was computed
        assertThat(chart.groups().get(1).series()).extracting(DoseSeries::name)
                .containsExactly(MG_KG + " per administration");
        assertThat(chart.groups().get(1).series().get(0).points()).extracting(DosePoint::y).containsExactly(0.3, 1.0);
        assertThat(chart.chartNotes()).containsExactly(MG_KG + " C3: dose not stated, not plotted",
                MG_KG + " C1, C2: cumulative dose not computed, not plotted");
    }

    @Test
    void selectingRowsSetsTheSharedTarget() {
        compared.setAll(CohortTrials.cellEscalation(), CohortTrials.withoutCohorts());
        model.select(trial(ESCALATION).cohorts().get(1).target());
        assertThat(selected.get()).isEqualTo(new SelectedTarget(ESCALATION, "cohort:C2"));
        model.select(trial(NO_COHORTS).items().get(1).target());
        assertThat(selected.get()).isEqualTo(new SelectedTarget(NO_COHORTS, "arm:Placebo"));
        model.select(trial(NO_COHORTS).items().get(2).target());
        assertThat(selected.get()).isEqualTo(new SelectedTarget(NO_COHORTS, "intervention:Drug B"));
        assertThat(model.chart().groups().get(0).series().get(0).points().get(2).target())
                .isEqualTo(new SelectedTarget(ESCALATION, "cohort:C3"));
    }

    @Test
    void followsTheComparisonAsTrialsAreAddedAndRemoved() {
        compared.setAll(CohortTrials.cellEscalation(), CohortTrials.mgPerKg());
        compared.remove(1);
        assertThat(model.trials()).extracting(TrialCohorts::trialId).containsExactly(ESCALATION);
        assertThat(model.chart().groups()).extracting(DoseAxisGroup::unit).containsExactly("cells/kg");
        assertThat(model.chart().trialIds()).containsExactly(ESCALATION);
        compared.clear();
        assertThat(model.trials()).isEmpty();
        assertThat(model.chart().groups()).isEmpty();
    }
}
