package org.trialworkbench.importer.pagetext;

import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.Sex;

/**
 * Separates an eligibility section into criteria text and the bare values some pages list after
 * it ("16 Years", "65 Years", "ALL", "No"): minimum age, maximum age, sex, healthy volunteers.
 * Only a trailing run of such lines is taken, so a criterion that merely mentions an age stays.
 */
final class EligibilityValues {
    /** Criteria lines and the values that followed them. */
    record Split(List<String> criteria, List<Age> ages, Sex sex, Boolean healthyVolunteers) {
        void apply(TrialDraft d) {
            if (!ages.isEmpty()) {
                d.minimumAge = ages.get(0);
            }
            if (ages.size() > 1) {
                d.maximumAge = ages.get(1);
            }
            if (sex != null) {
                d.sex = sex;
            }
            if (healthyVolunteers != null) {
                d.healthyVolunteers = healthyVolunteers;
            }
        }
    }

    private EligibilityValues() {
    }

    static Split split(List<String> lines) {
        int end = lines.size();
        while (end > 0 && isValue(lines.get(end - 1))) {
            end--;
        }
        List<Age> ages = new ArrayList<>();
        Sex sex = null;
        Boolean hv = null;
        for (String line : lines.subList(end, lines.size())) {
            Age age = bareAge(line);
            if (age != null) {
                ages.add(age);
            } else if (Vocabulary.get().sex(line) != null) {
                sex = Vocabulary.get().sex(line);
            } else {
                hv = Vocabulary.get().yesNo(line);
            }
        }
        return new Split(List.copyOf(lines.subList(0, end)), ages, sex, hv);
    }

    private static boolean isValue(String line) {
        return bareAge(line) != null || Vocabulary.get().sex(line) != null || Vocabulary.get().yesNo(line) != null;
    }

    /** "16 Years" alone on a line; longer lines are criteria, not values. */
    private static Age bareAge(String line) {
        String norm = PageText.normalize(line);
        return norm.matches("\\d{1,3} (years?|months?|weeks?|days?)") ? AgeReader.single(line) : null;
    }
}
