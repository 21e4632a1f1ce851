package org.trialworkbench.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.Trial;
import org.trialworkbench.ui.Texts;

/**
 * Eligibility tab: age limits (with inclusiveness), sex, healthy volunteers, the criteria text as
 * stated and, when criteria were read, one row per criterion key with its kind.
 */
public final class EligibilityPanelViewModel extends ComparisonPanelViewModel {
    static final String LIMITS = "Limits";
    static final String TEXT = "Criteria as stated";
    static final String CRITERIA = "Atomic criteria";

    public EligibilityPanelViewModel(ObservableList<Trial> comparedTrials) {
        super(comparedTrials);
    }

    @Override
    protected List<ComparisonRow> rowsFor(List<Trial> trials) {
        List<ComparisonRow> rows = new ArrayList<>();
        rows.add(field(LIMITS, "Minimum age", trials, t -> age(t.eligibility().minimumAge())));
        rows.add(field(LIMITS, "Maximum age", trials, t -> age(t.eligibility().maximumAge())));
        rows.add(field(LIMITS, "Sex", trials, t -> Texts.humanize(t.eligibility().sex())));
        rows.add(field(LIMITS, "Healthy volunteers", trials, t -> yesNo(t.eligibility().healthyVolunteers())));
        rows.add(field(TEXT, "Criteria text", trials, t -> t.eligibility().criteriaText()));
        rows.addAll(keyed(CRITERIA, trials, t -> t.eligibility().criteria(), Criterion::key,
                EligibilityPanelViewModel::criterion));
        return rows;
    }

    /** "18 years (inclusive)", "65 years (exclusive)". */
    static String age(Age age) {
        if (age == null) {
            return Texts.MISSING;
        }
        return Texts.amount(age.value(), age.unit()) + (age.inclusive() ? " (inclusive)" : " (exclusive)");
    }

    private static String yesNo(Boolean value) {
        return value == null ? Texts.MISSING : value ? "Yes" : "No";
    }

    private static String criterion(Criterion c) {
        return Texts.humanize(c.kind()) + (c.kindInferred() ? " (kind inferred)" : "") + ": " + c.text();
    }
}
