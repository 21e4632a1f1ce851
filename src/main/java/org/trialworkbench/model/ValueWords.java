package org.trialworkbench.model;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The model's coded values as a reviewer reads them, for every view meant for people (the window, the
 * HTML and Markdown exports): {@code ACTIVE_NOT_RECRUITING} → "Active not recruiting", phases
 * {@code [PHASE2, PHASE3]} → "2/3". Machine-readable outputs (JSON, CSV) keep the codes.
 */
public final class ValueWords {
    private ValueWords() {
    }

    /** The constant's name in words, first letter capital ("NA": "Not applicable"); null stays null. */
    public static String of(Enum<?> value) {
        if (value == null) {
            return null;
        }
        if (value.name().equals("NA")) {
            return "Not applicable";
        }
        String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * A value with its type in words, as the registry says it: enrollment "20 (estimated)", a date
     * "2026-06-30 (estimated)" or "2019-03-12 (actual)"; the value alone when the type is not stated,
     * null for no value.
     */
    public static String typed(String value, Enum<?> type) {
        if (value == null) {
            return null;
        }
        return type == null ? value : value + " (" + type.name().toLowerCase(Locale.ROOT) + ")";
    }

    /** Phases as "1/2", "Early 1", "n/a"; none (or null) → null. */
    public static String phases(List<Phase> phases) {
        if (phases == null || phases.isEmpty()) {
            return null;
        }
        return phases.stream().map(ValueWords::phase).collect(Collectors.joining("/"));
    }

    private static String phase(Phase p) {
        return switch (p) {
            case EARLY_PHASE1 -> "Early 1";
            case NA -> "n/a";
            default -> p.name().substring("PHASE".length());
        };
    }
}
