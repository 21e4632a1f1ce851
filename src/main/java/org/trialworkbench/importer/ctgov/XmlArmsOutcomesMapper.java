package org.trialworkbench.importer.ctgov;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.OutcomeKind;
import org.trialworkbench.model.Trial;

/**
 * Arms, interventions and outcomes of a legacy XML record. XML arms do not list their
 * interventions; each {@code <intervention>} names its arms instead, so an arm's intervention
 * names are collected from the interventions that name it.
 */
final class XmlArmsOutcomesMapper {
    private XmlArmsOutcomesMapper() {
    }

    static void map(XmlElement study, Trial.Builder b, MappingLog log) {
        Map<String, List<String>> namesByArm = new LinkedHashMap<>();
        for (XmlElement i : study.findAll("intervention")) {
            String name = i.text("intervention_name");
            if (name == null) {
                log.warn("an intervention has no name; it was skipped");
                continue;
            }
            b.addIntervention(new Intervention(CtgovVocabulary.interventionType(i.text("intervention_type"), log), name,
                    i.text("description"), i.texts("other_name")));
            for (String arm : i.texts("arm_group_label")) {
                namesByArm.computeIfAbsent(arm, k -> new ArrayList<>()).add(name);
            }
        }
        for (XmlElement arm : study.findAll("arm_group")) {
            String label = arm.text("arm_group_label");
            if (label == null) {
                log.warn("an arm group has no label; it was skipped");
                continue;
            }
            b.addArm(new Arm(label, CtgovVocabulary.armType(arm.text("arm_group_type"), log), arm.text("description"),
                    namesByArm.getOrDefault(label, List.of())));
        }
        outcomes(study.findAll("primary_outcome"), OutcomeKind.PRIMARY, "P", b, log);
        outcomes(study.findAll("secondary_outcome"), OutcomeKind.SECONDARY, "S", b, log);
        outcomes(study.findAll("other_outcome"), OutcomeKind.OTHER, "O", b, log);
    }

    private static void outcomes(List<XmlElement> list, OutcomeKind kind, String prefix, Trial.Builder b, MappingLog log) {
        int n = 0;
        for (XmlElement o : list) {
            String measure = o.text("measure");
            if (measure == null) {
                log.warn("a " + kind.name().toLowerCase(java.util.Locale.ROOT) + " outcome has no measure; it was skipped");
                continue;
            }
            b.addOutcome(new Outcome(prefix + (++n), kind, measure, o.text("description"), o.text("time_frame"), null));
        }
    }
}
