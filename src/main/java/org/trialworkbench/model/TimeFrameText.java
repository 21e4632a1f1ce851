package org.trialworkbench.model;

/** How an outcome's time frame is named to a reviewer, in the panels and the exports alike. */
public final class TimeFrameText {
    private TimeFrameText() {
    }

    /**
     * The time frame as written; "none stated" when the registry gives none, followed by the measure's
     * words when the schedule was read from them ("none stated; read from the measure: “Month 9”").
     */
    public static String of(String timeFrame, String fromMeasure) {
        if (timeFrame != null && !timeFrame.isBlank()) {
            return timeFrame;
        }
        return fromMeasure == null ? "none stated" : "none stated; read from the measure: “" + fromMeasure + "”";
    }

    /** The same for an outcome's time frame and its (possibly absent) schedule. */
    public static String of(String timeFrame, Schedule schedule) {
        return of(timeFrame, schedule == null ? null : schedule.fromMeasure());
    }
}
