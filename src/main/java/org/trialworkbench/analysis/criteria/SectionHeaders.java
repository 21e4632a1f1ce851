package org.trialworkbench.analysis.criteria;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.analysis.text.AsciiCase;
import org.trialworkbench.model.CriterionKind;

/**
 * Recognises the header lines of an eligibility text in their many spellings: "Inclusion
 * Criteria:", "Key exclusion criteria", "Criteria for exclusion", "INCLUSION CRITERIA",
 * "Exclusion criteria -", "Patients must meet ALL of the following", "Patients will be excluded
 * if", and neutral headings that switch no kind ("Eligibility criteria:", "DISEASE CHARACTERISTICS:").
 * Criteria-word headers may carry a criterion on the same line after ':' or '-'; sentence headers
 * must fill their line.
 */
final class SectionHeaders {
    /**
     * A header found at the start of a line: its kind (null = neutral), the text after it, the group it names when the
     * whole line stays as a criterion of its own ("MCI Inclusion Criteria:"; null for other headers), and whether it
     * heads items of both kinds ("Biological Mother Inclusion/Exclusion:"), so that the kind before it no longer holds.
     */
    record Header(CriterionKind kind, String rest, String group, boolean mixed) {
        Header(CriterionKind kind, String rest) {
            this(kind, rest, null, false);
        }

        private static Header naming(CriterionKind kind, String line, boolean mixed) {
            return new Header(kind, "", line.strip(), mixed);
        }
    }

    /** Markup and a bullet before a header: "**", "#", "-INCLUSION CRITERIA:", "-  INCLUSION CRITERIA:". */
    private static final String DECOR = "[\\s#*_>|]*(?:-\\s*)?";
    /** A qualifier ("(ARDS cohort)", "for Part A") is not header: it stays as text of the section. */
    private static final String QUALIFIER = "(?=\\s*\\(|\\s+(?:for|in)\\s+[^:\\n]{1,40}:)";
    private static final String END = "(?:\\s*[*_]*\\s*(?::|：|-(?:\\s|$)|–|—|\\.\\s*$|$)|" + QUALIFIER + ")";
    /**
     * A qualifier filling the rest of the line after "criteria" ("Exclusion Criteria for Stage 1", "Inclusion criteria stage 2"):
     * the header of a sub-population's list, written without a colon. The qualifier stays as text of the section.
     */
    private static final String LINE_QUALIFIER = "(?=\\s+(?:for|in)\\s+[^:\\n]{1,40}$"
            + "|\\s+(?:stage|part|cohort|phase|group|arm|step|period)\\s*[\\w.-]{1,5}\\s*$)";
    /** How a header ends that is not ended by a qualifier. */
    private static final Pattern QUALIFIER_END = Pattern.compile("[:：\\-–—.*_]\\s*$");
    /** A protocol's section number before a header: "3.1.1.b. Exclusion criteria" (multi-level only: "2." may be an item). */
    private static final String SECTION_NUMBER = "(?:\\d+\\.\\d+(?:\\.\\d+)*(?:\\.[a-z])?\\.?\\s+)?";
    private static final Pattern WORD_HEADER = Pattern.compile(DECOR + SECTION_NUMBER
            + "(?:(?:key|main|major|general|specific|additional|other)\\s+)?(?:(?<incl>inclusion)|(?<excl>exclusion|non-?inclusion)"
            + "|(?<neutral>eligibility|inclusion\\s*/\\s*exclusion|inclusion\\s+and\\s+exclusion))"
            + "(?:\\s+(?:criteria|criterion|criterias)(?:" + END + "|" + LINE_QUALIFIER + ")|" + END + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern CRITERIA_FOR = Pattern.compile(DECOR
            + "criteria\\s+for\\s+(?:(?<incl>inclusion)|(?<excl>exclusion)|(?<neutral>eligibility|participation))" + END,
            Pattern.CASE_INSENSITIVE);
    private static final String WHO = "(?:patients?|subjects?|participants?|individuals?|candidates?|volunteers?)";
    private static final String FOLLOWING_TAIL = "\\s+the\\s+following"
            + "(?:\\s+(?:inclusion|exclusion|eligibility))?(?:\\s+(?:criteria|conditions|requirements))?"
            + "(?:\\s+(?:to\\s+be|in\\s+order\\s+to\\s+be)\\s+(?:eligible|included|enrolled)[^:\\n\\d]{0,60})?";
    /** "(any of) the following …": each item excludes on its own, so the line heads a list of exclusions. */
    private static final String FOLLOWING = "(?:\\s+(?:all|any|one|each)(?:\\s+of)?)?" + FOLLOWING_TAIL;
    /**
     * "(all of) the following …" heads a list of inclusions; "one of" / "any of" the following does not: its
     * items are alternatives, and the line stays a criterion holding them ({@link SectionOutline}).
     */
    private static final String ALL_FOLLOWING = "(?:\\s+(?:all|each)(?:\\s+of)?)?" + FOLLOWING_TAIL;
    private static final Pattern SENTENCE_INCLUSION = Pattern.compile(DECOR + "(?:(?:" + WHO
            + "\\s+(?:must|should|have\\s+to|need\\s+to)\\s+(?:meet|fulfil|fulfill|satisfy|have)" + ALL_FOLLOWING + ")|(?:" + WHO
            + "\\s+(?:are|will\\s+be|may\\s+be)\\s+(?:eligible|included)(?:\\s+(?:for|in)\\s+(?:the|this)\\s+(?:study|trial))?"
            + "(?:\\s+if(?:\\s+they)?(?:\\s+(?:meet|fulfil|fulfill|satisfy|have))?(?:" + ALL_FOLLOWING + ")?)?)"
            + "|to\\s+be\\s+eligible[^:\\n]{0,60}?(?:" + ALL_FOLLOWING + ")?)\\s*[:.]?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_EXCLUSION = Pattern.compile(DECOR + "(?:" + WHO
            + "(?:\\s+with\\s+the\\s+following(?:\\s+(?:criteria|conditions))?)?\\s+(?:will|shall|would|must|should)\\s+(?:be|not\\s+be)\\s+(?:excluded|ineligible|not\\s+eligible|eligible)"
            + "(?:\\s+(?:from|for)\\s+(?:the|this)\\s+(?:study|trial))?(?:\\s+if(?:\\s+they(?:\\s+(?:have|meet|present\\s+with))?)?"
            + "(?:" + FOLLOWING + ")?)?|(?:any|one)\\s+of\\s+the\\s+following\\s+(?:will|would|shall)\\s+exclude[^:\\n]{0,40})"
            + "\\s*[:.]?\\s*$", Pattern.CASE_INSENSITIVE);
    /** PDQ-style group headings: "DISEASE CHARACTERISTICS:", "PRIOR CONCURRENT THERAPY:". */
    private static final Pattern CAPS_HEADING = Pattern.compile(
            "\\s*(?=[^a-z]*[A-Z]{3})[A-Z][A-Z /&,()-]{2,60}:\\s*$");

    /**
     * "MCI Inclusion Criteria:", "Cardiomyopathy Exclusion Criteria (UK only):", "Swab exclusion criteria - participants are
     * ineligible for swab testing if they:": a header naming the group it is for. It switches the kind, and the line stays as
     * the section's first criterion, so the group it names (and a lead after a dash) is not lost.
     */
    private static final Pattern QUALIFIED_HEADER = Pattern.compile("\\s*(?!(?i:meets?|meeting|fulfil\\w*|satisf\\w*|all|the|any"
            + "|no|not|see|per|do|does|did)\\b)[A-Z][\\p{L}\\d-]*(?:\\s+[\\p{L}\\d-]+){0,2}\\s+(?i:(?<incl>inclusion)|(?<excl>exclusion))"
            + "\\s+(?i:criteria)(?:\\s*\\([^()\\n]{1,30}\\))?\\s*(?::\\s*|\\s[-–—]\\s+\\p{L}[^\\n]*)$");
    /**
     * "Transplant Inclusion:", "Transplant Exclusion:", "Biological Mother Inclusion/Exclusion:": a title-case group name and
     * the kind, without "criteria" (NCT01220531, whose transplant exclusions had been read as one inferred inclusion).
     * Capitals are required so that "Prior to inclusion:" stays an item. It stays as the group's first criterion.
     */
    private static final Pattern TITLED_GROUP_HEADER = Pattern.compile("\\s*\\p{Lu}[\\p{L}\\d-]*(?:\\s+\\p{Lu}[\\p{L}\\d-]*){0,2}\\s+"
            + "(?:(?<both>Inclusion\\s*/\\s*Exclusion)|(?<incl>Inclusion)|(?<excl>Exclusion))\\s*:\\s*$");
    /**
     * "3.1.2. Healthy controls 3.1.2.a. Inclusion criteria": a protocol's numbered sub-population heading with its numbered
     * header. It switches the kind and stays as the first criterion, naming whom the list is for.
     */
    private static final Pattern NUMBERED_SUBGROUP_HEADER = Pattern.compile("\\s*\\d+(?:\\.\\d+)+\\.?\\s+[^\\n]{1,80}?\\s+"
            + "\\d+(?:\\.\\d+)+(?:\\.[a-z])?\\.?\\s+(?:(?<incl>inclusion)|(?<excl>exclusion))\\s+criteria\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * "Eligibility criteria for the secondary randomisation to … Inclusion criteria": a sub-population's own
     * list inside another section (NCT02028676 has two in its exclusions). It switches the kind and stays as
     * the first criterion, naming whom the list is for. It must open with "criteria for", so that an item such
     * as "Not meeting the inclusion criteria" is never a header.
     */
    private static final Pattern SUBGROUP_HEADER = Pattern.compile("\\s*(?:eligibility\\s+)?criteria\\s+for\\s+"
            + "(?!(?:inclusion|exclusion|eligibility|participation)\\b)[^:\\n]{3,160}?[\\s:;,.-]+"
            + "(?:(?<incl>inclusion)|(?<excl>exclusion))\\s+criteria\\s*:?\\s*$", Pattern.CASE_INSENSITIVE);

    /**
     * A sentence that leads a whole section's list and names it "the following criteria", with nothing else in
     * it: "For inclusion in the study subjects should fulfill the following criteria:", "Patients with any of the
     * following criteria are not eligible for enrollment in this study:", "The participant may not enter the study if ANY of
     * the following apply:", "Patients meeting any of the exclusion criteria will not be enrolled in the study:". Its items
     * are the section's criteria, each on its own; without this the indented list under it was read as one criterion. A lead that says more
     * ("Patients should be using the EGFR TKI monotherapy … and meet the following criteria:", "Patients, Chinese
     * speaking, …") is a criterion and stays; so does an inclusion lead naming alternatives ("one of").
     */
    private static final Pattern FOLLOWING_CRITERIA_LEAD = Pattern.compile(
            "(?i)[^:\\n]{0,160}\\bthe\\s+(?:following(?:\\s+(?:inclusion|exclusion|eligibility))?\\s+(?:criteria|apply)"
            + "|(?:inclusion|exclusion|eligibility)\\s+criteria)\\b[^:.\\n]{0,80}[:.]\\s*");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** The only words such a lead may hold. */
    private static final Set<String> FRAMING = Set.of("a", "an", "the", "this", "in", "for", "to",
            "from", "of", "if", "only", "order", "who", "they", "with", "and", "or", "study", "trial", "entry",
            "patient", "patients", "subject", "subjects", "participant", "participants", "individuals", "candidates",
            "should", "must", "will", "shall", "may", "can", "be", "are", "is", "have", "has", "meet", "meets",
            "fulfil", "fulfill", "fulfills", "fulfils", "satisfy", "satisfies", "all", "each", "any", "none", "one",
            "following", "criteria", "criterion", "inclusion", "exclusion", "eligibility", "included", "include",
            "enrolled", "enrollment", "enrolment", "enrol", "enroll", "eligible", "ineligible", "not", "excluded",
            "participate", "considered", "apply", "applies", "potential", "enter", "cannot", "at", "least", "met",
            "meeting");
    /**
     * Framing too, in a lead that points at a list below ("Patients who do not meet any of the following exclusion
     * criteria will be included."), but not in an item that names the criteria ("Does not satisfy all of the
     * inclusion criteria." is an exclusion of its own).
     */
    private static final Set<String> FRAMING_BEFORE_A_LIST = Set.of("do", "does");
    private static final Pattern NOT_ELIGIBLE = Pattern.compile(
            "(?i)\\b(?:not|cannot|none|ineligible|excluded|exclusion)\\b");
    private static final Pattern ALTERNATIVES = Pattern.compile("(?i)\\b(?:one|any|either)\\s+of\\b");

    private static final Pattern EXCLUDING = Pattern.compile(
            "\\b(?:excluded|ineligible|not\\s+eligible|not\\s+be\\s+eligible|exclude)\\b", Pattern.CASE_INSENSITIVE);

    private SectionHeaders() {
    }

    /** The header starting this line, or null when the line is no header. */
    static Header recognise(String line) {
        // Each pattern is tried only on a line holding a word it cannot match without: most lines
        // are criteria, and lowering a line once and indexOf cost less than running the patterns.
        String lower = AsciiCase.lower(line);
        boolean eligible = lower.contains("eligib");
        Matcher m;
        if ((eligible || lower.contains("inclusion") || lower.contains("exclusion"))
                && (m = WORD_HEADER.matcher(line)).lookingAt()
                || lower.contains("criteria") && (m = CRITERIA_FOR.matcher(line)).lookingAt()) {
            String rest = line.substring(m.end());
            // ended by a qualifier, not by ':' or '-': the rest names the sub-population the list is for
            boolean qualified = !rest.isBlank() && !QUALIFIER_END.matcher(m.group()).find();
            return qualified ? Header.naming(kind(m), rest, false) : new Header(kind(m), rest);
        }
        if (lower.contains("clusion") && ((m = QUALIFIED_HEADER.matcher(line)).matches()
                || lower.contains("criteria for") && (m = SUBGROUP_HEADER.matcher(line)).matches()
                || (m = NUMBERED_SUBGROUP_HEADER.matcher(line)).matches() || (m = TITLED_GROUP_HEADER.matcher(line)).matches())) {
            return Header.naming(kind(m), line, m.pattern() == TITLED_GROUP_HEADER && m.group("both") != null);
        }
        if ((eligible || lower.contains("following") || lower.contains("included"))
                && SENTENCE_INCLUSION.matcher(line).matches()) {
            return new Header(CriterionKind.INCLUSION, "");
        }
        boolean following = lower.contains("following");
        // a lead ends with its colon; with a full stop only when it points at "the following" list
        if ((following || lower.contains("criteria")) && FOLLOWING_CRITERIA_LEAD.matcher(line).matches()
                && (following || line.stripTrailing().endsWith(":")) && onlyFraming(lower, following)) {
            boolean excluding = NOT_ELIGIBLE.matcher(line).find();
            if (excluding || !ALTERNATIVES.matcher(line).find()) {
                return new Header(excluding ? CriterionKind.EXCLUSION : CriterionKind.INCLUSION, "");
            }
        }
        if ((eligible || lower.contains("exclude")) && (m = SENTENCE_EXCLUSION.matcher(line)).matches()) {
            boolean notEligible = !EXCLUDING.matcher(m.group()).find();
            return new Header(notEligible ? CriterionKind.INCLUSION : CriterionKind.EXCLUSION, "");
        }
        if (line.indexOf(':') >= 0 && CAPS_HEADING.matcher(line).matches()) {
            return new Header(null, "");
        }
        return null;
    }

    private static boolean onlyFraming(String lowerLine, boolean beforeAList) {
        Matcher word = WORD.matcher(lowerLine);
        while (word.find()) {
            if (!FRAMING.contains(word.group()) && !(beforeAList && FRAMING_BEFORE_A_LIST.contains(word.group()))) {
                return false;
            }
        }
        return true;
    }

    private static CriterionKind kind(Matcher m) {
        if (m.group("incl") != null) {
            return CriterionKind.INCLUSION;
        }
        return m.group("excl") != null ? CriterionKind.EXCLUSION : null;
    }
}
