package org.trialworkbench.analysis.schedule;

import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.Recurrence;
import org.trialworkbench.model.Schedule;
import org.trialworkbench.model.TrialDates;

/**
 * Reads the time frame of every outcome of one trial and closes open-ended recurrences at the
 * trial horizon ({@link ScheduleHorizon}); the {@code until} label says where the end came from.
 * A recurrence whose schedule has unread parts is left open: its end may be in the unread text.
 */
public final class OutcomeScheduler {

    private final TimeFrameReader reader;

    public OutcomeScheduler() {
        this(new TimeFrameReader());
    }

    public OutcomeScheduler(TimeFrameReader reader) {
        this.reader = reader;
    }

    /** The outcomes with {@code schedule} set from their time frames (same order, same keys). */
    public List<Outcome> schedule(List<Outcome> outcomes, TrialDates dates) {
        List<Schedule> read = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            read.add(reader.read(outcome.timeFrame()));
        }
        Offset horizon = ScheduleHorizon.of(read, dates);
        List<Outcome> result = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            result.add(outcomes.get(i).withSchedule(closeAtHorizon(read.get(i), horizon)));
        }
        return result;
    }

    private static Schedule closeAtHorizon(Schedule schedule, Offset horizon) {
        if (schedule == null || horizon == null || schedule.recurrence() == null
                || schedule.recurrence().until() != null || !schedule.unreadParts().isEmpty()) {
            return schedule;
        }
        Recurrence closed = new Recurrence(schedule.recurrence().every(), horizon);
        return new Schedule(schedule.timePoints(), closed, schedule.unreadParts());
    }
}
