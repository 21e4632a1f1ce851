package org.trialworkbench.importer.pagetext;

import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.importer.ImportWarning;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.Design;
import org.trialworkbench.model.Eligibility;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.OutcomeKind;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.Sex;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialDates;

/**
 * What the readers have found on a page so far, with the warnings for the reviewer. The parts of
 * nested records (design, eligibility, dates) are collected here and assembled by {@link #build}.
 */
final class TrialDraft {
    final Trial.Builder trial = Trial.builder();
    final List<ImportWarning> warnings = new ArrayList<>();
    final List<RegistryId> ids = new ArrayList<>();
    Design design = Design.EMPTY;
    Age minimumAge;
    Age maximumAge;
    Sex sex;
    Boolean healthyVolunteers;
    String criteriaText;
    String start;
    String primaryCompletion;
    String completion;
    String pageTitle;
    String briefTitle;
    String officialTitle;
    String detailedDescription;
    final List<Outcome> outcomes = new ArrayList<>();
    final List<String> countries = new ArrayList<>();

    /** Replaces the outcomes of one kind (a page states each kind once). */
    void setOutcomes(OutcomeKind kind, List<Outcome> read) {
        outcomes.removeIf(o -> o.kind() == kind);
        outcomes.addAll(read);
    }

    void warn(String location, String message) {
        warnings.add(new ImportWarning(location, message));
    }

    /** Adds an id once; the trial's own registry id should be added first. */
    void addId(RegistryId id) {
        if (ids.stream().noneMatch(i -> i.id().equalsIgnoreCase(id.id()))) {
            ids.add(id);
        }
    }

    /** The first id that belongs to a registry; null when the page names none. */
    String registryId() {
        return ids.stream().filter(i -> !i.ofSponsor()).map(RegistryId::id).findFirst().orElse(null);
    }

    /** Builds the trial; {@code id} and a brief title must have been decided by the caller. */
    Trial build(String id) {
        trial.id(id).registryIds(ids).design(design).briefTitle(briefTitle).officialTitle(officialTitle)
                .outcomes(outcomes).countries(countries)
                .detailedDescription(detailedDescription)
                .dates(new TrialDates(start, primaryCompletion, completion))
                .eligibility(new Eligibility(minimumAge, maximumAge, sex, healthyVolunteers, criteriaText, List.of()));
        return linkArmsToInterventions(trial.build());
    }

    /** Arms read without intervention names get the interventions of the same name. */
    private static Trial linkArmsToInterventions(Trial t) {
        List<Arm> arms = new ArrayList<>();
        for (Arm arm : t.arms()) {
            List<String> names = arm.interventionNames();
            if (names.isEmpty()) {
                names = t.interventions().stream().map(Intervention::name)
                        .filter(n -> n.equalsIgnoreCase(arm.label())).toList();
            }
            arms.add(new Arm(arm.label(), arm.type(), arm.description(), names));
        }
        return t.toBuilder().arms(arms).build();
    }
}
