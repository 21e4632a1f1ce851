package org.trialworkbench.model;

public enum EnrollmentType { ACTUAL, ESTIMATED }
