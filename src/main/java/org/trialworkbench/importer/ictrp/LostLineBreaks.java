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
    /** A join, then an item number and a capital: where a flattened item may start. */
    private static final Pattern NEXT_ITEM = Pattern.compile(
            "(?:[ \\t\\u00A0]{2,}|(?<=[.;])[ \\t]*,[ \\t]*)((\\d{1,2})[.)][ \\t])(?=\\p{Lu})");

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
        int next = 2;
        Matcher join = NEXT_ITEM.matcher(line);
        join.region(position, line.length()).useTransparentBounds(true);
        // a number that is not the run's next ("5." after "2.", a dose "10.") is passed over
        while (join.find()) {
            if (Integer.parseInt(join.group(2)) == next) {
                out.append(line, position, join.start()).append('\n').append(join.group(1));
                position = join.end();
                next++;
            }
        }
        return out.append(line.substring(position)).toString();
    }
}
