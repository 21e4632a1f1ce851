package org.trialworkbench.service;

/**
 * What happened to one record (or one file that could not be read). Printed by the command line
 * as {@code imported|updated|merged|unchanged <id> <format> <file>} or
 * {@code failed <file>[!entry]: <reason>}; warnings as {@code warning <id> <file>: <message>}.
 */
public record ImportEvent(Kind kind, String trialId, String format, String file, String message) {

    public enum Kind { IMPORTED, UPDATED, MERGED, UNCHANGED, FAILED, WARNING }

    public String line() {
        return switch (kind) {
            case FAILED -> "failed " + file + ": " + message;
            case WARNING -> "warning " + trialId + " " + file + ": " + message;
            default -> kind.name().toLowerCase(java.util.Locale.ROOT) + " " + trialId + " " + format + " " + file
                    + (message == null ? "" : " (" + message + ")");
        };
    }
}
