package org.trialworkbench.importer.ctgov;

import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.OutcomeKind;
import org.trialworkbench.model.Trial;

/** Arms, interventions and outcome measures of an API v2 study. */
final class V2ArmsOutcomesMapper {
    private V2ArmsOutcomesMapper() {
    }

    static void map(JsonField protocol, Trial.Builder b, MappingLog log) throws StudyShapeException {
        JsonField arms = protocol.object("armsInterventionsModule");
        for (JsonField arm : arms.objects("armGroups")) {
            String label = arm.text("label");
            if (label == null) {
                log.warn(arm.path() + " has no label; the arm was skipped");
                continue;
            }
            List<String> names = new ArrayList<>();
            for (String name : arm.texts("interventionNames")) {
                names.add(CtgovText.withoutTypePrefix(name));
            }
            b.addArm(new Arm(label, CtgovVocabulary.armType(arm.text("type"), log), arm.text("description"), names));
        }
        for (JsonField i : arms.objects("interventions")) {
            String name = i.text("name");
            if (name == null) {
                log.warn(i.path() + " has no name; the intervention was skipped");
                continue;
            }
            b.addIntervention(new Intervention(CtgovVocabulary.interventionType(i.text("type"), log), name,
                    i.text("description"), i.texts("otherNames")));
        }
        JsonField outcomes = protocol.object("outcomesModule");
        outcomes(outcomes.objects("primaryOutcomes"), OutcomeKind.PRIMARY, "P", b, log);
        outcomes(outcomes.objects("secondaryOutcomes"), OutcomeKind.SECONDARY, "S", b, log);
        outcomes(outcomes.objects("otherOutcomes"), OutcomeKind.OTHER, "O", b, log);
    }

    private static void outcomes(List<JsonField> list, OutcomeKind kind, String prefix, Trial.Builder b, MappingLog log)
            throws StudyShapeException {
        int n = 0;
        for (JsonField o : list) {
            String measure = o.text("measure");
            if (measure == null) {
                log.warn(o.path() + " has no measure; the outcome was skipped");
                continue;
            }
            b.addOutcome(new Outcome(prefix + (++n), kind, measure, o.text("description"), o.text("timeFrame"), null));
        }
    }
}
