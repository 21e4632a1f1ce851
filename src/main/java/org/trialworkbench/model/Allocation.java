package org.trialworkbench.model;

public enum Allocation { RANDOMIZED, NON_RANDOMIZED, NA }
