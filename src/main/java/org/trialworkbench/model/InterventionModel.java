package org.trialworkbench.model;

public enum InterventionModel { SINGLE_GROUP, PARALLEL, CROSSOVER, FACTORIAL, SEQUENTIAL }
