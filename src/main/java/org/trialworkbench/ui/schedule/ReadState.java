package org.trialworkbench.ui.schedule;

/** How much of an outcome's time frame was read into a schedule; only read parts are drawn. */
public enum ReadState {
    /** Everything in the time frame was read. */
    READ(""),
    /** Some of it was read and drawn; the rest is listed as not read. */
    PARTLY_UNREAD("partly unread"),
    /** A time frame is stated but nothing of it was read: nothing is drawn. */
    NOT_READ("not read"),
    /** The registry states no time frame for this outcome. */
    NO_TIME_FRAME("no time frame"),
    /** No time frame is stated; the measure's own words ("… at Month 9") were read instead. */
    FROM_MEASURE("time from measure");

    private final String badge;

    ReadState(String badge) {
        this.badge = badge;
    }

    /** The short mark shown beside the row ("partly unread"); empty when fully read. */
    public String badge() {
        return badge;
    }

    /** True when the reviewer must be warned that the row may lack assessments. */
    public boolean warns() {
        return this == PARTLY_UNREAD || this == NOT_READ;
    }
}
