package org.trialworkbench.model;

public enum StudyType { INTERVENTIONAL, OBSERVATIONAL, EXPANDED_ACCESS }
