/**
 * Reading outcome time frames into schedules, and putting them on one day axis.
 *
 * <p>Entry points: {@link org.trialworkbench.analysis.schedule.TimeFrameReader} (one time frame),
 * {@link org.trialworkbench.analysis.schedule.OutcomeScheduler} (all outcomes of a trial, open
 * recurrences closed at {@link org.trialworkbench.analysis.schedule.ScheduleHorizon}),
 * {@link org.trialworkbench.analysis.schedule.TimeAxis} (days for drawing).
 *
 * <p>Design: a one-pass tokenizer and a small grammar with bounded look-ahead (linear time, no
 * regular expressions over the text). Word tables are resource files next to this package:
 * units, number words, frequency adverbs, words that carry no timing, non-baseline events, and
 * "not applicable" phrases. A word missing from the tables makes the text around it unread; it
 * never becomes a guessed time.
 *
 * <p>Decisions: offsets keep the unit and the day number as written; baseline is 0 DAY; a null or
 * blank time frame gives a null schedule, "NA" an empty one with nothing unread, and a frame where
 * nothing can be placed keeps its whole text as the one unread part. An open recurrence is closed
 * at the trial horizon only when its schedule has nothing unread (its end might be in that text).
 * A time after an event other than baseline ("30 days after the last dose") is read with that
 * event as its {@link org.trialworkbench.model.Offset#anchor() anchor} ({@link
 * org.trialworkbench.analysis.schedule.AnchorReader}); it is never put on the baseline axis
 * ({@link org.trialworkbench.analysis.schedule.TimeAxis#anchoredPoints}).
 *
 * <p>Words the tables do not know are still not read, except where the position says they carry no
 * timing: names inside the events of a window ({@code EventPhrases}: "from the first dose of alectinib
 * to ...", and an event after "or" that may end a window before its stated time), the measure of a
 * change clause or the subject of a passive assessment verb ("Testing will be performed ...",
 * {@code MeasureNames}, {@code assessment-verbs.txt}), a visit named with its time from
 * baseline in parentheses ({@code NamedTimes}), an event header repeated by the times under it
 * ({@code EventHeaders}). Words of {@code timing-words.txt} (screening, interim, month names ...) are
 * never skipped this way. Hours under a study-day header count from that day's dose ({@code DayDoseHours}).
 */
package org.trialworkbench.analysis.schedule;
