package org.trialworkbench.importer.ctgov;

import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.OutcomeKind;
import org.trialworkbench.model.Trial;

/** Arms, interventions and outcome measures of an API v1 study. */
final class V1ArmsOutcomesMapper {
    private V1ArmsOutcomesMapper() {
    }

    static void map(JsonField protocol, Trial.Builder b, MappingLog log) throws StudyShapeException {
        JsonField module = protocol.object("ArmsInterventionsModule");
        for (JsonField arm : module.object("ArmGroupList").objects("ArmGroup")) {
            String label = arm.text("ArmGroupLabel");
            if (label == null) {
                log.warn(arm.path() + " has no label; the arm was skipped");
                continue;
            }
            List<String> names = new ArrayList<>();
            for (String name : arm.object("ArmGroupInterventionList").texts("ArmGroupInterventionName")) {
                names.add(CtgovText.withoutTypePrefix(name));
            }
            b.addArm(new Arm(label, CtgovVocabulary.armType(arm.text("ArmGroupType"), log),
                    arm.text("ArmGroupDescription"), names));
        }
        for (JsonField i : module.object("InterventionList").objects("Intervention")) {
            String name = i.text("InterventionName");
            if (name == null) {
                log.warn(i.path() + " has no name; the intervention was skipped");
                continue;
            }
            b.addIntervention(new Intervention(CtgovVocabulary.interventionType(i.text("InterventionType"), log), name,
                    i.text("InterventionDescription"), i.object("InterventionOtherNameList").texts("InterventionOtherName")));
        }
        JsonField outcomes = protocol.object("OutcomesModule");
        outcomes(outcomes, "Primary", OutcomeKind.PRIMARY, "P", b, log);
        outcomes(outcomes, "Secondary", OutcomeKind.SECONDARY, "S", b, log);
        outcomes(outcomes, "Other", OutcomeKind.OTHER, "O", b, log);
    }

    /** v1 names outcome fields after their kind: PrimaryOutcomeList.PrimaryOutcome[].PrimaryOutcomeMeasure. */
    private static void outcomes(JsonField module, String kindName, OutcomeKind kind, String prefix, Trial.Builder b,
                                 MappingLog log) throws StudyShapeException {
        String field = kindName + "Outcome";
        int n = 0;
        for (JsonField o : module.object(field + "List").objects(field)) {
            String measure = o.text(field + "Measure");
            if (measure == null) {
                log.warn(o.path() + " has no measure; the outcome was skipped");
                continue;
            }
            b.addOutcome(new Outcome(prefix + (++n), kind, measure, o.text(field + "Description"),
                    o.text(field + "TimeFrame"), null));
        }
    }
}
