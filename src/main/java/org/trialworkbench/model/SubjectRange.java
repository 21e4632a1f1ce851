package org.trialworkbench.model;

/** Participant numbers as written: "the next 4-7 subjects" is from 4 to 7. */
public record SubjectRange(int from, int to) {
}
