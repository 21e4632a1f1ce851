package org.trialworkbench.model;

public enum Sex { ALL, FEMALE, MALE }
