package org.trialworkbench.model;

public enum Masking { NONE, SINGLE, DOUBLE, TRIPLE, QUADRUPLE }
