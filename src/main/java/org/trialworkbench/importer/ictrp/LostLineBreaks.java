package org.trialworkbench.importer.ictrp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the line breaks of a numbered list that a registry export flattened into one line. Some EU
 * records join the items with two spaces ("1. … (The Diflunisal Trial)  2. If female …  3. Patient …"),
 * CTIS with a comma after the item's full stop ("1. … was received.,2. A subject …"). Only a list that
 * starts with "1." (at the line start or after a header's colon) is mended, and only where the next
 * number in the run follows such a join and an item starting with a capital follows it, so a "2."
 * inside a sentence stays where it is.
 */
final class LostLineBreaks {
    private static final Pattern FIRST_ITEM = Pattern.compile("(?:^|:)[ \\t]*1[.)][ \\t]");
    private static final String JOIN = "(?:[ \\t\\u00A0]{2,}|(?<=[.;])[ \\t]*,[ \\t]*)";

    private LostLineBreaks() {
    }

    /** The text with each flattened numbered list broken into one item per line. */
    static String restore(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(restoreLine(line));
        }
        return out.toString();
    }

    private static String restoreLine(String line) {
        Matcher first = FIRST_ITEM.matcher(line);
        if (!first.find()) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.substring(0, first.end()));
        int position = first.end();
        for (int next = 2; ; next++) {
            Matcher join = Pattern.compile(JOIN + "(" + next + "[.)][ \\t])(?=\\p{Lu})").matcher(line);
            join.region(position, line.length()).useTransparentBounds(true);
            if (!join.find()) {
                break;
            }
            out.append(line, position, join.start()).append('\n').append(join.group(1));
            position = join.end();
        }
        return out.append(line.substring(position)).toString();
    }
}
