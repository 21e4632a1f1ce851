package org.trialworkbench.model;

public enum AgeUnit { YEARS, MONTHS, WEEKS, DAYS, HOURS, MINUTES }
