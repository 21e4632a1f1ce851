package org.trialworkbench.importer;

/** Something a reviewer should know about a record that was still imported. */
public record ImportWarning(String location, String message) {
}
