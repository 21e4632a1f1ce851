package org.trialworkbench.model;

public enum OutcomeKind { PRIMARY, SECONDARY, OTHER }
