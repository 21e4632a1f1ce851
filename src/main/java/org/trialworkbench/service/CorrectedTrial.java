package org.trialworkbench.service;

import java.util.List;
import java.util.Optional;
import org.trialworkbench.model.Correction;
import org.trialworkbench.model.Trial;

/**
 * A trial as read and as corrected. {@code corrected} shows each applied correction's value in
 * place of the reading (a corrected threshold also carries the flag "CORRECTED"); {@code applied}
 * are the corrections shown there, {@code notApplied} those whose source changed (kept for the
 * reviewer to look at again, not shown in the values).
 */
public record CorrectedTrial(Trial reading, Trial corrected, List<Correction> applied, List<Correction> notApplied) {
    public CorrectedTrial {
        applied = List.copyOf(applied);
        notApplied = List.copyOf(notApplied);
    }

    /** The applied correction of this value, e.g. ("criterion:I2/threshold:0", "value"). */
    public Optional<Correction> correctionOf(String target, String field) {
        return applied.stream().filter(c -> c.target().equals(target) && c.field().equals(field)).findFirst();
    }

    /** Whether any value of the target (or, for a criterion, of its thresholds) is corrected. */
    public boolean isCorrected(String target) {
        return applied.stream().anyMatch(c -> c.target().equals(target) || c.target().startsWith(target + "/"));
    }
}
