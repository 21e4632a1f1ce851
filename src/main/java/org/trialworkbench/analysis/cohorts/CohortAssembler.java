package org.trialworkbench.analysis.cohorts;

import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.model.Cohort;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.TimeUnit;

/**
 * Turns ordered steps into {@link Cohort}s: keys C1.., sequence, size from the subject range, and
 * the cumulative dose per participant.
 * <p>
 * Convention for an unread cumulative dose: {@code cumulativeDose} is null and {@code doseText}
 * ends with {@value #CUMULATIVE_NOTE_START}reason{@code ]}, e.g. "[cumulative dose not computed:
 * number of administrations not stated]". The model has no field for the reason, so it lives there.
 */
public final class CohortAssembler {
    static final String CUMULATIVE_NOTE_START = " [cumulative dose not computed: ";
    private static final String PER_DAY = "/day";

    /** Cohorts in the given order. */
    public List<Cohort> assemble(List<EscalationStep> steps) {
        List<Cohort> out = new ArrayList<>();
        for (EscalationStep s : steps) {
            int sequence = out.size() + 1;
            Integer size = s.size();
            if (size == null && s.subjects() != null) {
                size = s.subjects().to() - s.subjects().from() + 1;
            }
            Quantity dose = s.dose() == null ? null : s.dose().quantity();
            Integer count = s.administration().count();
            Quantity cumulative = s.statedTotal() != null ? s.statedTotal().quantity() : cumulative(dose, count, s);
            out.add(new Cohort("C" + sequence, sequence, s.label(), s.subjects(), size, s.intervention(), dose,
                    doseText(s, dose, count), count, s.administration().interval(), cumulative, s.gate(), s.sourceText(),
                    s.escalation()));
        }
        return out;
    }

    /**
     * Dose times administrations. A dose per day ("50 mg/kg/day") adds up over days, so only when it is
     * given once a day: 50 mg/kg/day for 4 days is 200 mg/kg, never "200 mg/kg/day".
     */
    private static Quantity cumulative(Quantity dose, Integer count, EscalationStep s) {
        if (dose == null || count == null) {
            return null;
        }
        if (!isPerDay(dose)) {
            return new Quantity(dose.value() * count, dose.unit());
        }
        return isDaily(s) ? new Quantity(dose.value() * count, dose.unit().substring(0, dose.unit().length() - PER_DAY.length()))
                : null;
    }

    private static boolean isPerDay(Quantity dose) {
        return dose.unit().endsWith(PER_DAY);
    }

    private static boolean isDaily(EscalationStep s) {
        Offset every = s.administration().interval();
        return every != null && every.fromBaseline() && every.value() == 1 && every.unit() == TimeUnit.DAY;
    }

    private static String doseText(EscalationStep s, Quantity dose, Integer count) {
        StringBuilder text = new StringBuilder(s.doseText() == null ? "" : s.doseText());
        if (s.administration().route() != null) {
            text.append(text.isEmpty() ? "" : ", ").append("route: ").append(s.administration().route());
        }
        if (s.statedTotal() != null) {
            return text.toString().strip();
        }
        if (dose == null) {
            text.append(CUMULATIVE_NOTE_START).append("dose not stated]");
        } else if (count == null) {
            text.append(CUMULATIVE_NOTE_START).append("number of administrations not stated]");
        } else if (isPerDay(dose) && !isDaily(s)) {
            text.append(CUMULATIVE_NOTE_START).append("a dose per day, and the days it is given are not stated]");
        }
        String result = text.toString().strip();
        return result.isEmpty() ? null : result;
    }
}
