package org.trialworkbench.analysis.thresholds;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which parameter(s) a value expression limits: the nearest parameter name before it in
 * the same clause (with names joined to it by "or"/"and"/"/", as in "VC or DLCO below 70%"), else
 * the parameter of the expression it is chained to ("BMI >18 and <35"), else a name right after
 * it ("at least 1500 granulocytes"), else age for a range in years without duration wording.
 * Otherwise nothing: a number without a named parameter is not a threshold.
 */
final class ParameterResolver {
    /** Where a parameter's clause ends: sentence or list punctuation, a flattened " - " bullet, or another number (not "CrC1"). */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;]|(?<![\\p{L}])\\d|[.]\\s|\\n\\s*\\n|\\s[-•]\\s");
    private static final Pattern LABEL_GAP = Pattern.compile("[\\s:]*[-•]\\s");
    private static final Pattern JOINER = Pattern.compile(
            "[\\s()%]*(?:,|/|&|or|and|and/or|as well as)[\\s()%]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAME_NAME_JOIN = Pattern.compile("[\\s()\\[\\]]*");
    /** Between two chained expressions: a connector (not bare blanks: "65-74 years ≥ 1.5 points"), maybe after a short parenthesis without numbers ("(ULN) or"). */
    private static final Pattern CHAIN = Pattern.compile(
            "\\s*(?:\\([^()\\d]{1,30}\\))?\\s*(?:[,(]\\s*(?:and|or|but|and/or)?|(?:and|or|but|and/or))\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FORWARD = Pattern.compile("\\s*(?:of\\s+)?(?:the\\s+)?");
    private static final Pattern AGE_WORDS = Pattern.compile("(?<![\\p{L}])(?:old|older|younger|of age)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_STOP = Pattern.compile("[,;.]\\s");
    /** At most three words opening the text, not a preposition first, then "(": "Adult patients (", "2. Children (". */
    private static final Pattern OPENING_PERSON_THEN_PARENTHESIS = Pattern.compile(
            "[\\s\\p{Punct}•·*]*(?:\\d{1,2}[.)]\\s+)?(?!(?i:for|in|among|of|if|when|with|except|to|from|by|as|all)\\b)"
            + "(?:\\p{L}+\\s+){0,2}(\\p{L}+)\\s*\\(\\s*");
    private static final Pattern CLOSES_PARENTHESIS = Pattern.compile("\\s*\\)");
    /** A word that opens a duration between the word "age" and a number ("age, for at least 2 years"). */
    private static final Pattern DURATION_OPENER = Pattern.compile(
            "(?<![\\p{L}])(?:for|since|within|after|before|during|prior|duration)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION_WORDS = Pattern.compile(
            "(?<![\\p{L}])(?:within|for|since|after|before|prior|previous|previously|duration|history|ago|last|past"
            + "|follow|following|from|during|onset|diagnosis|treatment|therapy)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_GAP = 70;
    private static final Pattern IN_THE = Pattern.compile("\\s+in\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPEN_PAREN = Pattern.compile("\\s*\\(\\s*");
    private static final Pattern CLOSE_PAREN = Pattern.compile("\\s*\\)");
    /** Only list punctuation or a list marker before the expression: it opens the criterion. */
    private static final Pattern OPENS_TEXT = Pattern.compile("[\\s\\p{Punct}•·*]*(?:\\d{1,2}[.)]\\s+)?");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s*$");
    private static final Pattern ENDS_CLAUSE = Pattern.compile("\\s*(?:[.;,)]|$)");
    private final List<String> ageCuesBefore = new ArrayList<>();
    private final List<String> ageCuesAfter = new ArrayList<>();

    ParameterResolver() {
        for (String[] r : DataTables.rows("age-cues.csv", 2)) {
            (r[0].equals("before") ? ageCuesBefore : ageCuesAfter).add(r[1].toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Parameters found for one expression, and where the span of the threshold starts or ends. */
    record Resolution(List<String> parameters, int spanStart, int spanEnd, boolean inferred) {
    }

    Resolution resolve(String text, List<Mention> mentions, ValueExpression e, ValueExpression previous,
                       Resolution previousResolution) {
        if (e.inner() != null) {
            return new Resolution(List.of(e.inner().parameter()), e.start(), e.end(), false);
        }
        int floor = previous == null ? 0 : Math.max(previous.end(),
                previousResolution == null ? 0 : previousResolution.spanEnd());
        Resolution named = forwardAfterIn(text, mentions, e);
        if (named != null) { // "≥ 15 mm in short diameter" names its own parameter
            return named;
        }
        Resolution backward = backward(text, mentions, e, floor);
        if (backward != null && (!e.ageWording() || backward.parameters().equals(List.of("age")))) {
            return backward;
        }
        if (e.ageWording()) { // "older than 16 years": only an age is older
            return new Resolution(List.of("age"), e.start(), e.end(), false);
        }
        Resolution after = parenthesizedAfter(text, mentions, e);
        after = after != null ? after : forward(text, mentions, e);
        if (after != null) { // a name right after the value beats a chain ("LDH > 1.5 x ULN and ≥ 5% weight loss")
            return after;
        }
        if (previous != null && previousResolution != null
                && CHAIN.matcher(text).region(previous.end(), e.start()).matches()) {
            return new Resolution(previousResolution.parameters(), e.start(), e.end(), previousResolution.inferred());
        }
        return inferredAge(text, e);
    }

    private Resolution backward(String text, List<Mention> mentions, ValueExpression e, int floor) {
        int nearest = -1;
        for (int i = 0; i < mentions.size() && mentions.get(i).end() <= e.start(); i++) {
            nearest = i;
        }
        if (nearest < 0 || mentions.get(nearest).start() < floor) {
            return null;
        }
        Mention m = mentions.get(nearest);
        var label = LABEL_GAP.matcher(text).region(m.end(), e.start());
        int gapStart = label.lookingAt() ? label.end() : m.end(); // "Age: - 18 and over" is a label, not a break
        if (e.start() - m.end() > MAX_GAP
                || CLAUSE_BREAK.matcher(text).region(gapStart, e.start()).find()
                || (e.commaComparator() && !text.substring(m.end(), e.start()).isBlank())
                || m.parameter().equals("age") && DURATION_OPENER.matcher(text).region(gapStart, e.start()).find()) {
            // "… years of age, for at least 2 years": a duration after the word age, not an age
            return null;
        }
        List<String> parameters = new ArrayList<>(List.of(m.parameter()));
        int start = m.start();
        for (int i = nearest - 1; i >= 0; i--) {
            Mention p = mentions.get(i);
            if (p.start() < floor) {
                break;
            }
            boolean sameName = p.parameter().equals(mentions.get(i + 1).parameter())
                    && SAME_NAME_JOIN.matcher(text).region(p.end(), start).matches();
            if (!sameName && !JOINER.matcher(text).region(p.end(), start).matches()) {
                break;
            }
            if (!parameters.contains(p.parameter())) {
                parameters.add(0, p.parameter());
            }
            start = p.start();
        }
        return new Resolution(parameters, start, e.end(), false);
    }

    private Resolution forward(String text, List<Mention> mentions, ValueExpression e) {
        var gap = FORWARD.matcher(text).region(e.end(), text.length());
        if (!gap.lookingAt()) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.start() == gap.end()) {
                return new Resolution(List.of(m.parameter()), e.start(), m.end(), false);
            }
        }
        return null;
    }

    /** "≥ 10 mm in long diameter": a parameter name right after "in" following the value. */
    private Resolution forwardAfterIn(String text, List<Mention> mentions, ValueExpression e) {
        var in = IN_THE.matcher(text).region(e.end(), text.length());
        if (!in.lookingAt()) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.start() == in.end()) {
                return new Resolution(List.of(m.parameter()), e.start(), m.end(), false);
            }
        }
        return null;
    }

    /** "≥ 160 mmHg (systolic)": a parameter name alone in parentheses right after the value. */
    private Resolution parenthesizedAfter(String text, List<Mention> mentions, ValueExpression e) {
        var open = OPEN_PAREN.matcher(text).region(e.end(), text.length());
        if (!open.lookingAt()) {
            return null;
        }
        for (Mention m : mentions) {
            var close = CLOSE_PAREN.matcher(text).region(m.end(), text.length());
            if (m.start() == open.end() && close.lookingAt()) {
                return new Resolution(List.of(m.parameter()), e.start(), close.end(), false);
            }
        }
        return null;
    }

    /**
     * "Patients must be ≥18 years.", "&gt;18 yrs male or female": a bare limit in years that opens the
     * criterion or follows a person noun or "be", and ends its clause or is followed by a person word.
     */
    private boolean ageByContext(String text, ValueExpression e) {
        if (e.comparator() == null) {
            return false;
        }
        String before = text.substring(Math.max(0, e.start() - 40), e.start());
        boolean opens = OPENS_TEXT.matcher(text).region(0, e.start()).matches();
        boolean cueBefore = opens || cue(WORD_BEFORE.matcher(before), ageCuesBefore);
        String after = text.substring(e.end(), Math.min(text.length(), e.end() + 20)).strip().toLowerCase(java.util.Locale.ROOT);
        boolean cueAfter = ENDS_CLAUSE.matcher(text).region(e.end(), text.length()).lookingAt()
                || ageCuesAfter.stream().anyMatch(w -> after.startsWith(w + " ") || after.equals(w));
        return cueBefore && cueAfter;
    }

    private static boolean cue(java.util.regex.Matcher lastWord, List<String> words) {
        return lastWord.find() && words.contains(lastWord.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    /** "between 18 and 75 years", "18 years or older": age, unless the clause speaks of a duration. */
    private Resolution inferredAge(String text, ValueExpression e) {
        String unitKey = e.unit() == null ? "" : UnitCatalog.key(e.unit());
        if (!unitKey.startsWith("year") && !unitKey.startsWith("yrs")) {
            return null;
        }
        int clauseStart = Math.max(0, e.start() - 60);
        int clauseEnd = Math.min(text.length(), e.end() + 40);
        String after = text.substring(e.end(), clauseEnd);
        boolean unitSaysAge = unitKey.endsWith("ofage") || unitKey.endsWith("old");
        boolean ageWords = unitSaysAge || AGE_WORDS.matcher(after).lookingAt() || AGE_WORDS.matcher(text).region(e.start(), e.end()).find()
                || AGE_WORDS.matcher(after).find() && !DURATION_WORDS.matcher(after).find();
        // "18 years of age" is an age unless a duration word ties it to an event ("onset before 16 years of age");
        // a word in the next clause ("…of age, screens positive for …") ties nothing to it.
        String clause = unitSaysAge ? text.substring(clauseStart, e.start()) + untilClauseBreak(after)
                : text.substring(clauseStart, clauseEnd);
        boolean durationWords = DURATION_WORDS.matcher(clause).find();
        if (ageWords && !durationWords) {
            return new Resolution(List.of("age"), e.start(), e.end(), false);
        }
        if (!durationWords && !insideParentheses(text, e.start()) && (e.upper() != null || ageByContext(text, e))
                || personsAgeInParentheses(text, e)) {
            return new Resolution(List.of("age"), e.start(), e.end(), true);
        }
        return null;
    }

    /**
     * "Adult patients (> 18 years) with …": one limit in years, alone in parentheses right after the person noun
     * that opens the criterion, is the age of whom the criterion admits; the parentheses end its clause, so words
     * after them tie no duration to it. Further on ("For adult subjects (≥16 years) lacking capacity, …") the
     * parentheses only say who a group of the sentence is.
     */
    private boolean personsAgeInParentheses(String text, ValueExpression e) {
        if (e.comparator() == null || e.upper() != null
                || !CLOSES_PARENTHESIS.matcher(text).region(e.end(), text.length()).lookingAt()) {
            return false;
        }
        Matcher person = OPENING_PERSON_THEN_PARENTHESIS.matcher(text).region(0, e.start());
        return person.matches() && ageCuesBefore.contains(person.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    private static String untilClauseBreak(String after) {
        Matcher stop = CLAUSE_STOP.matcher(after);
        return stop.find() ? after.substring(0, stop.start()) : after;
    }

    /**
     * True when an unclosed "(" precedes {@code pos}: a years range in parentheses names an age group or a
     * sub-group ("Adults (18-64 years) yes" beside "Elderly (>=65 years) yes", "Age 3 months to 17 years
     * (13-17 years to be capped at 10%)"), not the criterion's own age limit, so no age is inferred from it.
     */
    private static boolean insideParentheses(String text, int pos) {
        for (int i = pos - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                return false;
            }
            if (c == '(') {
                return true;
            }
        }
        return false;
    }
}
