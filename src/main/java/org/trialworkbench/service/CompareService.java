package org.trialworkbench.service;

import java.util.List;
import org.trialworkbench.analysis.compare.EligibilityAligner;
import org.trialworkbench.analysis.compare.ScheduleAligner;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.comparison.Comparison;

/** Aligns eligibility by parameter and outcome schedules on a common time axis. */
public final class CompareService implements CompareUseCase {
    private final EligibilityAligner eligibility = new EligibilityAligner();
    private final ScheduleAligner schedules = new ScheduleAligner();

    @Override
    public Comparison compare(List<Trial> trials) {
        return new Comparison(trials, eligibility.align(trials), schedules.align(trials));
    }
}
