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
 *
 * <p>An outcome with no time frame is dated by its measure's words when they give times from baseline
 * that read completely ("… at Week 24 and 48", see {@link MeasureTimePhrase}); the schedule then says
 * so ({@link Schedule#fromMeasure()}). Anything less stays no reading: half a time or a time after
 * another event taken from a title would be a guess.
 */
public final class OutcomeScheduler {

    private final TimeFrameReader reader;
    private final MeasureTimePhrase measureTimes = new MeasureTimePhrase();

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
            boolean stated = outcome.timeFrame() != null && !outcome.timeFrame().isBlank();
            read.add(stated ? reader.read(outcome.timeFrame()) : fromMeasure(outcome.measure()));
        }
        Offset horizon = ScheduleHorizon.of(read, dates);
        List<Outcome> result = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            result.add(outcomes.get(i).withSchedule(closeAtHorizon(read.get(i), horizon)));
        }
        return result;
    }

    private Schedule fromMeasure(String measure) {
        return measureTimes.find(measure).map(found -> {
            Schedule s = reader.read(found.reading());
            boolean complete = s != null && s.unreadParts().isEmpty() && s.recurrence() == null
                    && !s.timePoints().isEmpty() && s.timePoints().stream().allMatch(Offset::fromBaseline);
            return complete ? new Schedule(s.timePoints(), null, List.of(), found.words()) : null;
        }).orElse(null);
    }

    private static Schedule closeAtHorizon(Schedule schedule, Offset horizon) {
        if (schedule == null || horizon == null || schedule.recurrence() == null
                || schedule.recurrence().until() != null || !schedule.unreadParts().isEmpty()) {
            return schedule;
        }
        Recurrence closed = new Recurrence(schedule.recurrence().every(), horizon);
        return new Schedule(schedule.timePoints(), closed, schedule.unreadParts(), schedule.fromMeasure());
    }
}
