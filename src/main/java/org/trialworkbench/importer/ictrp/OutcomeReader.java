package org.trialworkbench.importer.ictrp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.OutcomeKind;

/**
 * Splits an outcome field into outcomes where the text has clear separators: ";" lists (outside
 * brackets), bulleted or numbered lines, or one outcome per line. Lines ending in ":" are headings:
 * they become the description of the outcomes under them. "[Time Frame: ...]" becomes the time
 * frame. EU texts ("Primary end point(s): ...;Timepoint(s) of evaluation of this end point: ...")
 * are read by {@link EuEndpoints} first.
 */
public final class OutcomeReader {
    private static final Pattern TIME_FRAME = Pattern.compile("\\[\\s*Time\\s*Frame\\s*:\\s*([^\\]]*?)\\s*\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_NUMBER = Pattern.compile("^(\\d{1,2})\\s+(?=\\S)");
    private static final Pattern BULLET = Pattern.compile("^(?:[-*•·]+|\\d{1,2}[.)](?!\\d)|\\(\\d{1,2}\\)|[a-z][.)](?=\\s))\\s*");

    // what registries write in an outcome field that has none: "not applicable", "None", "N/A", "-"
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)(not applicable|none|n/?a|nil|not available|-+)\\.?");

    private static final Set<String> CATEGORIES = Set.copyOf(PhraseTable.readLines("outcome-categories.txt"));

    private OutcomeReader() {
    }

    /** A line naming only a kind of outcome ("safety", "efficacy"): a heading, no outcome. */
    static boolean isCategory(String line) {
        return CATEGORIES.contains(line.strip().toLowerCase(Locale.ROOT));
    }

    /** True for a measure that only says there is none ("Not applicable.", "None"): it is no outcome. */
    static boolean placeholder(String measure) {
        return measure == null || PLACEHOLDER.matcher(measure.strip()).matches();
    }

    /** A measure with an optional heading (description) and time frame, before keys are given. */
    public record Item(String measure, String description, String timeFrame) {
    }

    /** Outcomes keyed {@code prefix}1.. in order. */
    public static List<Outcome> keyed(List<Item> items, OutcomeKind kind, String prefix) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Item item : items) {
            outcomes.add(new Outcome(prefix + (outcomes.size() + 1), kind, item.measure(), item.description(),
                    item.timeFrame(), null));
        }
        return outcomes;
    }

    /** The items of a cleaned, non-EU outcome text. */
    public static List<Item> read(String cleaned) {
        if (cleaned == null) {
            return List.of();
        }
        List<String> lines = markBareNumbering(RegistryText.lines(cleaned));
        long bullets = lines.stream().filter(l -> BULLET.matcher(l).lookingAt()).count();
        if (bullets >= 2) {
            // a bulleted list: a ";" inside an item's note ("Stage 0: none; Stage 1: …") separates nothing
            return fromBullets(lines);
        }
        List<String> pieces = RegistryText.splitTopLevel(cleaned, ';');
        if (pieces.size() > 1) {
            return fromSemicolonList(pieces);
        }
        return bullets > 0 ? fromBullets(lines) : fromLines(lines);
    }

    /** A ";" list; within an item, wrapped lines are one line, and lines that end a sentence end an item. */
    private static List<Item> fromSemicolonList(List<String> pieces) {
        List<Item> items = new ArrayList<>();
        for (String piece : pieces) {
            for (String line : WrappedLines.join(RegistryText.lines(piece))) {
                items.add(item(line, null));
            }
        }
        return items;
    }

    /**
     * "1 Bristol Stool Form Scale / 2 primary symptoms / 3 ..." is a numbered list only when the bare
     * numbers run 1, 2, 3 ...; a lone "5 years" stays text.
     */
    static List<String> markBareNumbering(List<String> lines) {
        List<Integer> numbered = new ArrayList<>();
        int expected = 1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = BARE_NUMBER.matcher(lines.get(i));
            if (m.lookingAt() && Integer.parseInt(m.group(1)) == expected) {
                numbered.add(i);
                expected++;
            }
        }
        if (numbered.size() < 2) {
            return lines;
        }
        List<String> marked = new ArrayList<>(lines);
        for (int i : numbered) {
            marked.set(i, BARE_NUMBER.matcher(lines.get(i)).replaceFirst("$1) "));
        }
        return marked;
    }

    private static List<Item> fromLines(List<String> lines) {
        List<Item> items = new ArrayList<>();
        String heading = null;
        boolean itemSinceHeading = false;
        for (String line : WrappedLines.join(lines)) {
            if ((line.endsWith(":") || isCategory(line)) && lines.size() > 1) {
                // consecutive heading lines add up; a heading after items starts a new section
                heading = heading == null || itemSinceHeading ? line : heading + " " + line;
                itemSinceHeading = false;
                continue;
            }
            items.add(item(line, heading));
            itemSinceHeading = true;
        }
        if (items.isEmpty() && heading != null) {
            items.add(item(heading, null));
        }
        return items;
    }

    /**
     * Bulleted items, each with the lines before it that are not under a bullet as its heading. Lines
     * that no bullet follows (an unbulleted list after the bulleted one: "Exploratory endpoints:" and
     * one end point per line) are read as lines, not dropped.
     */
    private static List<Item> fromBullets(List<String> lines) {
        List<Item> items = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        boolean pendingIsHeading = false;
        StringBuilder current = null;
        String currentHeading = null;
        for (String line : lines) {
            Matcher bullet = BULLET.matcher(line);
            if (bullet.lookingAt()) {
                flush(current, currentHeading, items);
                current = new StringBuilder(line.substring(bullet.end()));
                currentHeading = pending.isEmpty() ? null : String.join(" ", pending);
                pendingIsHeading = true;
            } else if (current == null || line.endsWith(":") || isCategory(line)) {
                flush(current, currentHeading, items);
                current = null;
                if (pendingIsHeading) {
                    pending.clear();
                    pendingIsHeading = false;
                }
                pending.add(line);
            } else {
                current.append(' ').append(line);
            }
        }
        flush(current, currentHeading, items);
        if (!pendingIsHeading) {
            items.addAll(fromLines(pending));
        }
        return items;
    }

    private static void flush(StringBuilder current, String heading, List<Item> items) {
        if (current != null && !current.toString().isBlank()) {
            items.add(item(current.toString(), heading));
        }
    }

    /** One item: a "[Time Frame: ...]" is moved from the measure to the time frame. */
    static Item item(String text, String heading) {
        Matcher m = TIME_FRAME.matcher(text);
        String timeFrame = null;
        String measure = text;
        if (m.find()) {
            timeFrame = m.group(1).isBlank() ? null : m.group(1);
            measure = (text.substring(0, m.start()) + text.substring(m.end())).strip();
        }
        if (measure.isBlank()) {
            measure = text.strip();
        }
        return new Item(measure, heading, timeFrame);
    }
}
