package org.trialworkbench.importer.ictrp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The EU CTR's population section (F.1) where it is not a section: ICTRP appends it to an EU record's
 * inclusion criteria ("Are the trial subjects under 18? no", "F.1.2 Adults (18-64 years) yes", "F.1.2.1
 * Number of subjects for this age range 75"). Those lines are not criteria; read as such they glue onto
 * the last criterion. The register states age groups there, not age limits, so the groups marked "yes"
 * are named in a warning, as the EU CTR page reader names its F.1 fields.
 */
public final class EuPopulationSection {
    private static final Pattern START = Pattern.compile("(?im)^Are the trial subjects under 18\\?");
    /** Every line of the section: the question, the heading, and the numbered F.1 fields. */
    private static final Pattern LINE = Pattern.compile(
            "(?i)Are the trial subjects under 18\\?.*|Number of subjects for this age range:?\\s*|F\\.1(?:\\.\\d+)+\\s.*");
    private static final Pattern GROUP_SAID_YES = Pattern.compile("(?i)F\\.1(?:\\.\\d+)+\\s+(.*\\(.*\\d.*\\))\\s+yes");

    /** The criteria without the section, and the age groups the section marks "yes". */
    public record Split(String criteria, List<String> ageGroups) {
    }

    private EuPopulationSection() {
    }

    /**
     * Takes the section off the end of {@code text} when every line from its first to the last is one of
     * the section's lines; any other text after it keeps the whole text as it is (nothing is dropped).
     */
    public static Split split(String text) {
        if (text == null) {
            return new Split(null, List.of());
        }
        Matcher start = START.matcher(text);
        if (!start.find()) {
            return new Split(text, List.of());
        }
        List<String> groups = new ArrayList<>();
        for (String line : text.substring(start.start()).split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (!LINE.matcher(l).matches()) {
                return new Split(text, List.of());
            }
            Matcher group = GROUP_SAID_YES.matcher(l);
            if (group.matches()) {
                groups.add(group.group(1).strip());
            }
        }
        String criteria = text.substring(0, start.start()).strip();
        return new Split(criteria.isEmpty() ? null : criteria, List.copyOf(groups));
    }

    /** The warning naming the age groups of a record: they are not age limits. */
    public static String ageGroupsWarning(List<String> groups) {
        return "the register states age groups, not age limits: " + String.join("; ", groups);
    }
}
