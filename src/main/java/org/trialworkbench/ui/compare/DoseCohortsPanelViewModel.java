package org.trialworkbench.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.Cohort;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.Trial;
import org.trialworkbench.ui.Texts;

/** Dose cohorts tab: arms and interventions by position, cohorts by key (C1 …) when read. */
public final class DoseCohortsPanelViewModel extends ComparisonPanelViewModel {
    static final String ARMS = "Arms";
    static final String INTERVENTIONS = "Interventions";
    static final String COHORTS = "Cohorts";

    public DoseCohortsPanelViewModel(ObservableList<Trial> comparedTrials) {
        super(comparedTrials);
    }

    @Override
    protected List<ComparisonRow> rowsFor(List<Trial> trials) {
        List<ComparisonRow> rows = new ArrayList<>();
        rows.addAll(positional(ARMS, "Arm", trials, Trial::arms, DoseCohortsPanelViewModel::arm));
        rows.addAll(positional(INTERVENTIONS, "Intervention", trials, Trial::interventions,
                DoseCohortsPanelViewModel::intervention));
        rows.addAll(keyed(COHORTS, trials, Trial::cohorts, Cohort::key, DoseCohortsPanelViewModel::cohort));
        return rows;
    }

    private static String arm(Arm a) {
        return lines(a.label() + (a.type() == null ? "" : " (" + Texts.humanize(a.type()) + ")"),
                a.description(),
                a.interventionNames().isEmpty() ? null : "Interventions: " + String.join(", ", a.interventionNames()));
    }

    private static String intervention(Intervention i) {
        return lines(Texts.humanize(i.type()) + ": " + i.name(),
                i.otherNames().isEmpty() ? null : "Also: " + String.join(", ", i.otherNames()),
                i.description());
    }

    private static String cohort(Cohort c) {
        return lines(c.label() == null ? "Step " + c.sequence() : c.label() + " (step " + c.sequence() + ")",
                c.subjects() == null ? null : "Subjects " + c.subjects().from() + "–" + c.subjects().to(),
                c.size() == null ? null : "Size " + c.size(),
                c.intervention(),
                dose("Dose", c.dose(), c.doseText()),
                c.administrations() == null ? null : "Administrations: " + c.administrations(),
                c.interval() == null ? null : "Interval: " + OutcomeSchedulePanelViewModel.offset(c.interval()),
                dose("Cumulative dose", c.cumulativeDose(), null),
                c.gate() == null ? null : "Gate: " + c.gate());
    }

    private static String dose(String name, Quantity q, String asWritten) {
        if (q == null && asWritten == null) {
            return null;
        }
        String amount = q == null ? "" : Texts.number(q.value()) + (q.unit() == null ? "" : " " + q.unit());
        String written = asWritten == null ? "" : (q == null ? asWritten : " (\"" + asWritten + "\")");
        return name + ": " + amount + written;
    }
}
