package org.trialworkbench.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.ObservableList;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.Recurrence;
import org.trialworkbench.model.Schedule;
import org.trialworkbench.model.Trial;
import org.trialworkbench.ui.Texts;

/** Outcome schedule tab: one row per outcome key with kind, measure, time frame and read schedule. */
public final class OutcomeSchedulePanelViewModel extends ComparisonPanelViewModel {
    static final String OUTCOMES = "Outcomes";

    public OutcomeSchedulePanelViewModel(ObservableList<Trial> comparedTrials) {
        super(comparedTrials);
    }

    @Override
    protected List<ComparisonRow> rowsFor(List<Trial> trials) {
        return keyed(OUTCOMES, trials, Trial::outcomes, Outcome::key, OutcomeSchedulePanelViewModel::outcome);
    }

    private static String outcome(Outcome o) {
        return lines(Texts.humanize(o.kind()) + ": " + o.measure(),
                o.timeFrame() == null ? null : "Time frame: " + o.timeFrame(),
                o.schedule() == null ? null : "Schedule: " + schedule(o.schedule()));
    }

    static String schedule(Schedule s) {
        List<String> parts = new ArrayList<>();
        if (!s.timePoints().isEmpty()) {
            parts.add(s.timePoints().stream().map(OutcomeSchedulePanelViewModel::offset)
                    .collect(Collectors.joining(", ")));
        }
        if (s.recurrence() != null) {
            parts.add(recurrence(s.recurrence()));
        }
        if (!s.unreadParts().isEmpty()) {
            parts.add("not read: " + String.join("; ", s.unreadParts()));
        }
        return parts.isEmpty() ? Texts.MISSING : String.join("; ", parts);
    }

    private static String recurrence(Recurrence r) {
        return "every " + offset(r.every()) + (r.until() == null ? "" : " until " + offset(r.until()));
    }

    /** "Day 28 (28 days)" when labelled, else "12 months". */
    static String offset(Offset o) {
        String amount = Texts.amount(o.value(), o.unit());
        return o.label() == null || o.label().isBlank() ? amount : o.label() + " (" + amount + ")";
    }
}
