package org.trialworkbench.analysis.thresholds;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words naming someone other than the participant ({@code other-persons.csv}): an age limit read
 * shortly after one of them in the same sentence ("family history of sudden death under the age of
 * 40") is that person's age, not an eligibility age.
 */
final class OtherPersonWords {
    private static final int WINDOW = 80;
    private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;]\\s");
    private final Set<String> others = new TreeSet<>();
    private final Set<String> participants = new TreeSet<>();

    OtherPersonWords() {
        for (String[] r : DataTables.rows("other-persons.csv", 2)) {
            (r[0].equals("other") ? others : participants).add(r[1].toLowerCase(Locale.ROOT));
        }
    }

    /**
     * True when such a word stands within a short window before {@code pos}, in the same sentence, and no
     * word naming the participant comes after it ("the parent and the participant who is between 14-17").
     */
    boolean before(String text, int pos) {
        int from = Math.max(0, pos - WINDOW);
        Matcher end = SENTENCE_END.matcher(text).region(from, pos);
        while (end.find()) {
            from = end.end();
        }
        Matcher w = WORD.matcher(text).region(from, pos);
        boolean other = false;
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            if (others.contains(word)) {
                other = true;
            } else if (participants.contains(word)) {
                other = false;
            }
        }
        return other;
    }
}
