package org.trialworkbench.model;

public enum Phase { EARLY_PHASE1, PHASE1, PHASE2, PHASE3, PHASE4, NA }
