package org.trialworkbench.model;

/** A number with a unit (UCUM-style where possible); unit null when none is stated. */
public record Quantity(double value, String unit) {
}
