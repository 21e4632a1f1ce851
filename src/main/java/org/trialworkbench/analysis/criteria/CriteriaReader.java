package org.trialworkbench.analysis.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.trialworkbench.analysis.text.AsciiCase;
import org.trialworkbench.analysis.thresholds.ThresholdReader;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.CriterionKind;

/**
 * Splits an eligibility text into atomic criteria with stable keys: I1, I2... for inclusion and
 * E1, E2... for exclusion, in source order, each with the thresholds {@link ThresholdReader}
 * reads in its text.
 *
 * <ul>
 *   <li>Headers in their common spellings switch the kind and are not criteria ({@link SectionHeaders}).</li>
 *   <li>Sub-items: a top-level item with everything nested under it is ONE criterion; nested
 *       markers stay in its text, the top-level marker is removed ({@link SectionOutline}).</li>
 *   <li>Criteria written as one paragraph are split at their counting enumeration ({@link InlineEnumeration}).</li>
 *   <li>Without inclusion/exclusion headers the kind is inferred from numbering restarts and
 *       wording ({@link KindInference}) and {@code kindInferred} is true; without evidence all
 *       items are inclusions.</li>
 *   <li>Nothing is dropped: every word of the source except header words and top-level list
 *       markers is in exactly one criterion. Items with no letter or digit (table residue like "|")
 *       are not criteria. Texts are whitespace-normalized.</li>
 * </ul>
 * Pure and thread-safe; linear in the text length.
 */
public final class CriteriaReader {
    private static final Pattern BLANKS = Pattern.compile("[\\s\\u00a0]+");
    /** A line holding nothing but a ';'. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*;\\s*");
    /** What {@link #lines} splits at. */
    static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
    private final ThresholdReader thresholds;

    public CriteriaReader() {
        this(new ThresholdReader());
    }

    public CriteriaReader(ThresholdReader thresholds) {
        this.thresholds = thresholds;
    }

    /** The criteria of a whole eligibility text; empty for blank text or headers only. */
    public List<Criterion> read(String eligibilityText) {
        return keyed(split(eligibilityText, null), false);
    }

    /**
     * The criteria of a text whose kind the source states outside the text (e.g. a registry's
     * separate inclusion and exclusion fields); headers inside it still switch the kind.
     */
    public List<Criterion> read(String sectionText, CriterionKind kind) {
        return keyed(split(sectionText, kind), true);
    }

    /** Separate inclusion and exclusion texts (either may be null), keyed as one list. */
    public List<Criterion> read(String inclusionText, String exclusionText) {
        List<RawCriterion> raw = new ArrayList<>(split(inclusionText, CriterionKind.INCLUSION));
        raw.addAll(split(exclusionText, CriterionKind.EXCLUSION));
        return keyed(raw, true);
    }

    private static List<RawCriterion> split(String text, CriterionKind givenKind) {
        List<RawCriterion> raw = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return raw;
        }
        CriterionKind kind = givenKind;
        List<String> section = new ArrayList<>();
        // copied web text indents and spaces bullets with no-break spaces; they are blanks here
        List<String> lines = lines(text.replace('\u00a0', ' '));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (SEPARATOR.matcher(line).matches()) {
                section.add(""); // the ICTRP export joins a record's repeated texts with a ';' line: no criterion's end
                continue;
            }
            SectionHeaders.Header header = SectionHeaders.recognise(line);
            if (header == null && i + 1 < lines.size() && (header = wrappedSentenceHeader(line, lines.get(i + 1))) != null) {
                i++;
            }
            if (header == null) {
                section.add(line);
                continue;
            }
            raw.addAll(SectionOutline.split(section, kind));
            section.clear();
            kind = header.mixed() ? null : header.kind() != null ? header.kind() : kind;
            if (header.group() != null) {
                // a label of the list below, not its lead-in: indented items under it are not its sub-items
                raw.add(new RawCriterion(header.group(), kind, 0));
            }
            if (!header.rest().isBlank()) {
                section.add(header.rest());
            }
        }
        raw.addAll(SectionOutline.split(section, kind));
        raw.removeIf(r -> r.text().codePoints().noneMatch(Character::isLetterOrDigit));
        return raw;
    }

    /**
     * A lead sentence hard-wrapped onto a second line that starts lower-case ("Participants are eligible to be included in
     * the study only if all of the following criteria" / "apply:", NCT04963985): a header when the two lines together are
     * one that fills them. Otherwise the first line became a criterion and swallowed the group heading below it.
     */
    private static SectionHeaders.Header wrappedSentenceHeader(String line, String next) {
        String rest = next.strip();
        if (rest.isEmpty() || !Character.isLowerCase(rest.charAt(0)) || line.isBlank()) {
            return null;
        }
        SectionHeaders.Header joined = SectionHeaders.recognise(line.stripTrailing() + " " + rest);
        return joined != null && joined.rest().isBlank() && joined.group() == null ? joined : null;
    }

    /** The text's lines as {@code LINE_BREAK.split(text, -1)} gives them, without the regex. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    private static final Pattern GLUED_BULLET = Pattern.compile("^(?:[•·‣◦▪●○](?=\\p{L})|-(?=\\p{Lu}\\p{Ll}))");

    /** Blank runs as one space, stripped; the regex only runs when there is a run to collapse. */
    private static String normalizeBlanks(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean blank = AsciiCase.isRegexSpace(c) || c == '\u00a0';
            if (blank && (c != ' ' || i > 0 && text.charAt(i - 1) == ' ')) {
                return BLANKS.matcher(text).replaceAll(" ").strip();
            }
        }
        return text.strip();
    }

    /**
     * "•Neonates / infants", "-Patient has completed …": a bullet glued to the first word (EU CTR pages) is no
     * marker to the outline, whose lines stay one criterion each, but it is no part of the criterion either.
     * A hyphen only before a capitalised word: "-1" or "-fold" stay.
     */
    static String withoutGluedBullet(String text) {
        return GLUED_BULLET.matcher(text).replaceFirst("");
    }

    private List<Criterion> keyed(List<RawCriterion> raw, boolean kindGiven) {
        boolean anyKind = kindGiven || raw.stream().anyMatch(r -> r.sectionKind() != null);
        int firstExclusion = anyKind ? raw.size() : KindInference.firstExclusion(raw);
        List<Criterion> out = new ArrayList<>();
        int inclusions = 0;
        int exclusions = 0;
        for (int i = 0; i < raw.size(); i++) {
            RawCriterion r = raw.get(i);
            CriterionKind kind = r.sectionKind();
            boolean inferred = kind == null;
            if (inferred) {
                kind = i >= firstExclusion ? CriterionKind.EXCLUSION : CriterionKind.INCLUSION;
            }
            String text = withoutGluedBullet(normalizeBlanks(r.text()));
            String key = kind == CriterionKind.INCLUSION ? "I" + ++inclusions : "E" + ++exclusions;
            out.add(new Criterion(key, kind, text, thresholds.read(text), inferred));
        }
        return out;
    }
}
