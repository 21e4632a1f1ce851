package org.trialworkbench.ui.cohorts;

import java.util.List;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.ui.SelectedTarget;
import org.trialworkbench.ui.Texts;

/**
 * An arm or an intervention of a trial, listed under its cohort table so that what the reader did not
 * turn into cohorts is still visible.
 *
 * @param kind "Arm" or "Intervention"
 */
public record ItemRow(String kind, String name, String type, String description, SelectedTarget target) {

    static ItemRow of(String trialId, Arm a) {
        String interventions = a.interventionNames().isEmpty() ? ""
                : "\nInterventions: " + String.join(", ", a.interventionNames());
        return new ItemRow("Arm", a.label(), Texts.humanize(a.type()),
                Texts.orMissing(a.description()) + interventions, new SelectedTarget(trialId, "arm:" + a.label()));
    }

    static ItemRow of(String trialId, Intervention i) {
        String also = i.otherNames().isEmpty() ? "" : "\nAlso: " + String.join(", ", i.otherNames());
        return new ItemRow("Intervention", i.name(), Texts.humanize(i.type()), Texts.orMissing(i.description()) + also,
                new SelectedTarget(trialId, "intervention:" + i.name()));
    }

    static List<ItemRow> of(String trialId, List<Arm> arms, List<Intervention> interventions) {
        return java.util.stream.Stream.concat(arms.stream().map(a -> of(trialId, a)),
                interventions.stream().map(i -> of(trialId, i))).toList();
    }
}
