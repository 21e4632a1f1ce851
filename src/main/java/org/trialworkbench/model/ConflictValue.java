package org.trialworkbench.model;

/** One source's value of a field that sources disagree on; {@code source} is the source's file. */
public record ConflictValue(String value, String sourceFormat, String sourceFile) {
}
