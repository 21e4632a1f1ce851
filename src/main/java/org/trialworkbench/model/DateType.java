package org.trialworkbench.model;

/** Whether a registry states a date as reached or as expected (ClinicalTrials.gov: "Actual", "Anticipated"/"Estimated"). */
public enum DateType { ACTUAL, ESTIMATED }
