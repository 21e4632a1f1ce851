package org.trialworkbench.model;

/** Units of a schedule offset. */
public enum TimeUnit { MINUTE, HOUR, DAY, WEEK, MONTH, YEAR }
