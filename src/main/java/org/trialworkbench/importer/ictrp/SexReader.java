package org.trialworkbench.importer.ictrp;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.model.Sex;

/** Reads the sexes eligible: "All", "Both", "Male and Female", "Female", EU "Female: yes Male: no". */
public final class SexReader {
    private static final Pattern FLAG = Pattern.compile("(?i)\\b(female|male)\\s*:\\s*(yes|no)\\b");

    private SexReader() {
    }

    /** The sex; empty when the text is blank or not understood. */
    public static Optional<Sex> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher flags = FLAG.matcher(text);
        Boolean female = null;
        Boolean male = null;
        while (flags.find()) {
            boolean yes = flags.group(2).equalsIgnoreCase("yes");
            if (flags.group(1).equalsIgnoreCase("female")) {
                female = yes;
            } else {
                male = yes;
            }
        }
        if (female != null || male != null) {
            return fromFlags(Boolean.TRUE.equals(female), Boolean.TRUE.equals(male));
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (t) {
            case "all", "both", "male and female", "female and male", "males and females", "both male and female" ->
                    Optional.of(Sex.ALL);
            case "female", "females", "women" -> Optional.of(Sex.FEMALE);
            case "male", "males", "men" -> Optional.of(Sex.MALE);
            default -> Optional.empty();
        };
    }

    public static Optional<Sex> fromFlags(boolean female, boolean male) {
        if (female && male) {
            return Optional.of(Sex.ALL);
        }
        if (female) {
            return Optional.of(Sex.FEMALE);
        }
        return male ? Optional.of(Sex.MALE) : Optional.empty();
    }
}
