package org.trialworkbench.importer.ictrp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins lines a registry hard-wrapped (NL-OMON wraps its texts at about 80 characters): "… in patients
 * with cardiac" / "involvement". A line is continued by the next when it cannot end an item: it ends with a
 * comma or a word that needs what follows ("by", "of", "and" …), or it is as long as a wrapped line, has no
 * closing punctuation and the next line starts in lower case. Short lines ("safety" / "efficacy") stay apart.
 */
final class WrappedLines {
    private static final int WRAP_LENGTH = 60;
    private static final Pattern OPEN_END = Pattern.compile(
            "(?i).*(?:,|\\b(?:and|or|of|in|for|by|with|to|the|a|an|per|from|at|on|than|versus|vs\\.?))$");
    private static final Pattern CLOSED_END = Pattern.compile(".*[.;:!?)\\]]$");
    private static final Pattern LOWER_START = Pattern.compile("^\\p{Ll}.*");

    private WrappedLines() {
    }

    /** The lines with every wrapped continuation joined to the line it continues. */
    static List<String> join(List<String> lines) {
        List<String> joined = new ArrayList<>();
        for (String line : lines) {
            int last = joined.size() - 1;
            if (last >= 0 && continues(joined.get(last), line)) {
                joined.set(last, joined.get(last) + " " + line);
            } else {
                joined.add(line);
            }
        }
        return joined;
    }

    private static boolean continues(String previous, String next) {
        if (OPEN_END.matcher(previous).matches()) {
            return true;
        }
        return previous.length() >= WRAP_LENGTH && !CLOSED_END.matcher(previous).matches()
                && LOWER_START.matcher(next).matches();
    }
}
