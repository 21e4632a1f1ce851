package org.trialworkbench.model;

public enum CriterionKind { INCLUSION, EXCLUSION }
