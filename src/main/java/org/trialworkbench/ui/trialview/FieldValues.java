package org.trialworkbench.ui.trialview;

import java.util.List;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.Enrollment;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.ValueWords;
import org.trialworkbench.ui.Texts;

/** The shown value of a key field of a merged trial, as the reviewer reads it. */
final class FieldValues {
    private FieldValues() {
    }

    static String of(Trial t, String field) {
        return switch (field) {
            case "briefTitle" -> Texts.orMissing(t.briefTitle());
            case "officialTitle" -> Texts.orMissing(t.officialTitle());
            case "acronym" -> Texts.orMissing(t.acronym());
            case "overallStatus" -> Texts.humanize(t.overallStatus());
            case "studyType" -> Texts.humanize(t.studyType());
            case "phases" -> Texts.phases(t.phases());
            case "design.allocation" -> Texts.humanize(t.design().allocation());
            case "design.interventionModel" -> Texts.humanize(t.design().interventionModel());
            case "design.masking" -> Texts.humanize(t.design().masking());
            case "design.primaryPurpose" -> Texts.humanize(t.design().primaryPurpose());
            case "enrollment" -> enrollment(t.enrollment());
            case "dates.start" -> Texts.orMissing(ValueWords.typed(t.dates().start(), t.dates().startType()));
            case "dates.primaryCompletion" -> Texts.orMissing(
                    ValueWords.typed(t.dates().primaryCompletion(), t.dates().primaryCompletionType()));
            case "dates.completion" -> Texts.orMissing(ValueWords.typed(t.dates().completion(), t.dates().completionType()));
            case "leadSponsor" -> Texts.orMissing(t.leadSponsor());
            case "conditions" -> joined(t.conditions());
            case "countries" -> joined(t.countries());
            case "eligibility.minimumAge" -> age(t.eligibility().minimumAge());
            case "eligibility.maximumAge" -> age(t.eligibility().maximumAge());
            case "eligibility.sex" -> Texts.humanize(t.eligibility().sex());
            case "eligibility.healthyVolunteers" -> yesNo(t.eligibility().healthyVolunteers());
            case "eligibility.criteria" -> criteria(t);
            case "outcomes" -> count(t.outcomes(), "outcome", "outcomes");
            case "arms" -> count(t.arms(), "arm", "arms");
            case "interventions" -> count(t.interventions(), "intervention", "interventions");
            case "cohorts" -> count(t.cohorts(), "cohort", "cohorts");
            default -> Texts.MISSING;
        };
    }

    private static String enrollment(Enrollment e) {
        return e == null ? Texts.MISSING : ValueWords.typed(String.valueOf(e.count()), e.type());
    }

    private static String age(Age a) {
        return a == null ? Texts.MISSING : Texts.amount(a.value(), a.unit()) + (a.inclusive() ? "" : " (exclusive)");
    }

    /** The criteria read, or — when none were — that the text is there but unread. */
    private static String criteria(Trial t) {
        if (!t.eligibility().criteria().isEmpty()) {
            return count(t.eligibility().criteria(), "criterion", "criteria");
        }
        String text = t.eligibility().criteriaText();
        return text == null || text.isBlank() ? Texts.MISSING
                : "as text, " + text.strip().length() + " characters (not split into criteria)";
    }

    private static String yesNo(Boolean b) {
        return b == null ? Texts.MISSING : b ? "Yes" : "No";
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? Texts.MISSING : String.join("; ", values);
    }

    private static String count(List<?> items, String one, String many) {
        return items.isEmpty() ? Texts.MISSING : items.size() + " " + (items.size() == 1 ? one : many);
    }
}
