package org.trialworkbench.analysis.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.analysis.text.AsciiCase;
import org.trialworkbench.model.CriterionKind;

/**
 * Splits the lines of one section (the lines between two headers) into criteria.
 *
 * <p>Rule for sub-items: a top-level list item and everything nested under it (deeper-indented
 * items, items of another marker style right under it, continuation lines) form ONE criterion;
 * nested markers stay in its text, only the top-level marker is removed. An unmarked paragraph
 * is its own criterion unless it is indented under the current item. In a section without any
 * line markers, each line or sentence-run is a unit and in-line enumerations ("a) ... b) ...")
 * are split by {@link InlineEnumeration}.
 */
final class SectionOutline {
    /** A line that announces sub-items written at its own indent: "Organ function:", "one of the following". */
    private static final Pattern INTRODUCES = Pattern.compile(
            "(?:[:：]|\\b(?:following|follows|including|include|either|below))\\s*$", Pattern.CASE_INSENSITIVE);
    /** A short heading line: "Sub-study:", "Part 1 Dose Escalation cohort ONLY:" (at most six words). */
    private static final Pattern GROUP_HEADING = Pattern.compile("\\p{Lu}[^\\s:.;]*(?:\\s+[^\\s:.;]+){0,5}\\s*[:：]\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;]\\s*$");
    private static final Pattern NOTE = Pattern.compile("(?i)(?:note|n\\.\\s?b\\.?)\\s*:");
    /** A lead-in that ends with its colon: "… of the following:", "Either:" (not "… including" run on). */
    private static final Pattern LEAD_IN_END = Pattern.compile("[:：]\\s*$");
    /**
     * An inclusion lead-in whose items are alternatives ("have to suffer from one of the following:",
     * "either"): its items stay in its criterion even at its own indent, or a reviewer would read them as
     * each required. (Exclusion items excluding "any of the following" each exclude: they stay apart.)
     */
    static final Pattern ALTERNATIVES = Pattern.compile(
            "\\b(?:(?:at\\s+least\\s+)?one|any|either)\\b(?:\\s+of)?(?:\\s+the)?(?:\\s+following)?[^.;,]{0,40}[:：]\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** An inclusion line naming alternatives without a closing colon: "fever and at least one of the following symptoms". */
    private static final Pattern ONE_OF_THE_FOLLOWING = Pattern.compile(
            "\\b(?:at\\s+least\\s+one|one|any|either)\\s+of\\s+(?:the\\s+)?following\\b", Pattern.CASE_INSENSITIVE);
    private static final String CONTINUING_END = "(?:[,(/\\-–]|\\b(?:and|or|with|of|the|to|in|for|a|an|than|by|at|on|as))";
    /** A line ending so that the next line continues it; {@link #continues} finds the same lines faster. */
    static final Pattern CONTINUES = Pattern.compile("(?s).*" + CONTINUING_END + "\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTINUING_TAIL = Pattern.compile(CONTINUING_END + "\\s*$", Pattern.CASE_INSENSITIVE);
    /** The longest {@link #CONTINUING_END}: "than", "with". */
    private static final int LONGEST_END = 4;

    /**
     * An open list level: its indent, marker style (null: unmarked paragraph), the ordinal its last marker stated, and
     * whether it is a nested list written at its parent's indent ({@link #restartsUnderLeadIn}).
     */
    private record Open(int indent, String style, int ordinal, boolean flattened) {
    }

    private final CriterionKind kind;
    private final List<RawCriterion> out = new ArrayList<>();
    private final List<Open> stack = new ArrayList<>();
    private StringBuilder current;
    private int currentNumber;
    /** Where the current item's nested items begin in {@link #current}; -1 while it has none. */
    private int nestedFrom = -1;
    private boolean inline;
    private String lastContent = "";
    /** The wrap width the section's lines show, if any (both kinds of section). */
    private final HardWrap wrap;
    /** Whether the unmarked lines being read follow an inclusion's alternatives lead-in (they stay together). */
    private boolean alternatives;

    private SectionOutline(CriterionKind kind, List<String> lines) {
        this.kind = kind;
        this.wrap = HardWrap.of(lines);
    }

    static List<RawCriterion> split(List<String> lines, CriterionKind kind) {
        SectionOutline outline = new SectionOutline(kind, lines);
        boolean marked = lines.stream().anyMatch(l -> ListMarker.at(l.stripLeading()) != null);
        if (marked) {
            outline.readMarked(lines);
        } else {
            outline.inline = true;
            outline.readUnmarked(lines);
        }
        outline.close();
        return outline.out;
    }

    private void readMarked(List<String> lines) {
        int lastMarked = lastMarkedLine(lines);
        boolean blankBefore = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                blankBefore = true;
                continue;
            }
            int indent = indentOf(line);
            String content = line.substring(indent);
            ListMarker marker = ListMarker.at(content);
            if (marker != null) {
                item(indent, resolveLetter(marker), content);
                lastContent = content;
                alternatives = false;
            } else if (current != null && (!blankBefore && !ownLine(indent, content) && !headsGroup(indent, content)
                    || indent > stack.get(0).indent() || INTRODUCES.matcher(lastContent).find()
                    || alternatives && ONE_OF_THE_FOLLOWING.matcher(lastContent).find() || notesItem(content, i < lastMarked))) {
                current.append(' ').append(content);
                lastContent = content;
            } else {
                close();
                stack.add(new Open(indent, null, 0, false));
                start(content, 0);
                lastContent = content;
            }
            alternatives |= marker == null && kind == CriterionKind.INCLUSION
                    && (ALTERNATIVES.matcher(content).find() || ONE_OF_THE_FOLLOWING.matcher(content).find());
            blankBefore = false;
        }
    }

    private static int lastMarkedLine(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (ListMarker.at(lines.get(i).stripLeading()) != null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "Sub-study:", "Part B:" on the line after a finished item ("… all other study requirements."): a heading of the
     * items below it, not the rest of that item, which it had been glued to.
     */
    private boolean headsGroup(int indent, String content) {
        return indent <= stack.get(0).indent() && GROUP_HEADING.matcher(content).matches()
                && SENTENCE_END.matcher(lastContent).find();
    }

    /**
     * "Note: Recipients of a "domino" liver transplant … are allowed": a note paragraph after a list item, with more items
     * below it, qualifies that item. Read apart it was an exclusion of its own, saying the opposite of what it says. A
     * note after the last item may be about the whole list ("Note: Other protocol-defined criteria apply") and stays apart.
     */
    private boolean notesItem(String content, boolean itemsFollow) {
        return itemsFollow && stack.get(0).style() != null && NOTE.matcher(content).lookingAt();
    }

    /**
     * Whether an unmarked line right under an unmarked paragraph (no list item open) is a unit of its own, as it
     * is in a section without markers: one marked item further down ("Inclusion criteria comments / 1. ...")
     * made seven unmarked criteria above it one criterion (NCT04779762).
     */
    private boolean ownLine(int indent, String content) {
        Open paragraph = stack.get(0);
        return !alternatives && stack.size() == 1 && paragraph.style() == null && indent <= paragraph.indent() && !continues(lastContent)
                && !wrap.wrapsBefore(lastContent.strip(), content.strip());
    }

    /** Places a marked line: a sibling of an open item of its style, else a child, else top level. */
    private void item(int indent, ListMarker marker, String content) {
        int sibling = sibling(indent, marker);
        boolean nestsHere = sibling >= 0 && restartsUnderLeadIn(sibling, marker);
        // a nested list written at its parent's indent, begun here or continued
        boolean flattened = nestsHere || sibling >= 0 && stack.get(sibling).flattened();
        if (nestsHere) {
            sibling = -1; // "5. … of the following:" then "1. …" at the same indent: a nested list, not item 1 again
        } else if (sibling >= 0) {
            truncate(sibling);
        } else {
            while (!stack.isEmpty() && stack.get(stack.size() - 1).indent() > indent) {
                stack.remove(stack.size() - 1);
            }
            Open top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            if (top != null && top.style() == null && top.indent() >= indent && !listsAlternatives(lastContent)) {
                stack.clear(); // an unmarked paragraph only owns items indented under it, or alternatives it lists
            } else if (top != null && top.indent() == indent && !INTRODUCES.matcher(lastContent).find()) {
                stack.clear(); // a new marker style at the same indent nests only under a lead-in ("...:")
            }
        }
        if (stack.isEmpty()) {
            close();
            start(content.substring(marker.length()), statedNumber(marker, content));
        } else {
            nestedFrom = nestedFrom < 0 ? current.length() : nestedFrom;
            current.append(' ').append(content);
        }
        stack.add(new Open(indent, marker.style(), marker.ordinal(), flattened));
    }

    /**
     * The open level this marker continues: of its style and indent, the innermost whose last ordinal it counts on
     * from, else the innermost of its style and indent; -1 when none. Counting decides between two lists of one
     * style at one indent (a nested list whose indentation the source lost): "16." then "6." resumes the outer list.
     * Such a flattened nested list is continued only by the number that counts on from it.
     */
    private int sibling(int indent, ListMarker marker) {
        int innermost = -1;
        for (int i = stack.size() - 1; i >= 0; i--) {
            Open o = stack.get(i);
            if (marker.style().equals(o.style()) && Math.abs(o.indent() - indent) <= 1) {
                if (marker.ordinal() > 0 && o.ordinal() + 1 == marker.ordinal()) {
                    return i;
                }
                innermost = innermost < 0 && !o.flattened() ? i : innermost;
            }
        }
        return innermost;
    }

    /**
     * Whether a first marker ("1.", "a)") at the level of the open item it would restart follows that item's own
     * lead-in ("5. Presence of =1 of the following features (red flags):", "1. Either:"): the list under it lost its
     * indentation (ICTRP flattens it), and read as siblings its alternatives became separately required criteria.
     * The lead-in must be the item's own text, written on its marker line or wrapped on from it (lower-case start),
     * so that an unmarked sub-population line ("Part B:") glued on is no lead-in.
     */
    private boolean restartsUnderLeadIn(int sibling, ListMarker marker) {
        Open open = stack.get(sibling);
        boolean ownLine = ListMarker.at(lastContent) != null || !lastContent.isEmpty() && Character.isLowerCase(lastContent.charAt(0));
        return marker.ordinal() == 1 && open.ordinal() >= 1 && sibling == stack.size() - 1 && ownLine
                && INTRODUCES.matcher(lastContent).find() && LEAD_IN_END.matcher(lastContent).find();
    }

    private boolean listsAlternatives(String leadIn) {
        return kind == CriterionKind.INCLUSION && ALTERNATIVES.matcher(leadIn).find();
    }

    /** "i." right after "h." is a letter, not roman one; after any other letter it is roman one. */
    private ListMarker resolveLetter(ListMarker marker) {
        if (!marker.couldBeLetter()) {
            return marker;
        }
        ListMarker letter = marker.asLetter();
        // only where the letters have come to "h": "i." under "a. Females: … either:" starts a roman list (jRCT2071210009)
        return stack.stream().anyMatch(o -> letter.style().equals(o.style()) && o.ordinal() + 1 == letter.ordinal()) ? letter : marker;
    }

    /**
     * Lines of a section without markers: a line is a unit of its own unless it continues the one before
     * (a continuing end, or a hard-wrapped lower-case rest: {@link HardWrap}). The lower-case lines after an
     * inclusion's alternatives lead-in ("Cohort 2 - any of:") stay in its unit, across blank lines, up to the
     * first line that does not start lower-case.
     */
    private void readUnmarked(List<String> lines) {
        String previous = null;
        for (String line : lines) {
            if (line.isBlank()) {
                previous = null;
                continue;
            }
            String content = line.strip();
            boolean lowerCase = Character.isLowerCase(content.charAt(0));
            alternatives &= lowerCase;
            if (current != null && (alternatives || previous != null && (continues(previous)
                    || wrap.wrapsBefore(previous, content)))) {
                current.append(' ').append(content);
            } else {
                close();
                start(content, 0);
            }
            alternatives |= listsAlternatives(content);
            previous = content;
        }
    }

    /**
     * {@code CONTINUES.matcher(line).matches()}: the ending (no blank in it) stands right before the
     * trailing blanks, so only the last few places are tried, not every place ".*" backtracks to.
     */
    static boolean continues(String line) {
        int end = line.length();
        while (end > 0 && AsciiCase.isRegexSpace(line.charAt(end - 1))) {
            end--;
        }
        Matcher tail = CONTINUING_TAIL.matcher(line).useTransparentBounds(true);
        for (int p = Math.max(0, end - LONGEST_END); p < end; p++) {
            if (tail.region(p, line.length()).matches()) {
                return true;
            }
        }
        return false;
    }

    private void start(String text, int number) {
        current = new StringBuilder(text);
        currentNumber = number;
        nestedFrom = -1;
    }

    private void close() {
        if (current != null && inline) {
            out.addAll(InlineEnumeration.split(current.toString(), kind));
        } else if (current != null) {
            String text = current.toString();
            out.addAll(NextNumbers.split(text, nestedFrom < 0 ? text.length() : nestedFrom, currentNumber, kind));
        }
        current = null;
        truncate(0);
    }

    private void truncate(int size) {
        while (stack.size() > size) {
            stack.remove(stack.size() - 1);
        }
    }

    private static int statedNumber(ListMarker marker, String content) {
        if (marker.numeric()) {
            return marker.ordinal();
        }
        ListMarker inner = ListMarker.at(content.substring(marker.length()));
        return inner != null && inner.numeric() ? inner.ordinal() : 0;
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }
}
