package org.trialworkbench.analysis.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.model.CriterionKind;

/**
 * Splits a numbered item whose text runs on into the next items of its list ("8. Previous allogeneic
 * bone marrow transplant. 9. Hypersensitivity to TY-9591 ... 10.Pregnant or lactating women."): only
 * the item's own text (before its nested items) is searched, and only the numbers that count on from
 * the item's own (n+1, n+2 ...), each after a sentence end ('.', ';' or ')') and before a capital, start a
 * new item. Any other number there ("following: 1. ...", a skipped "3.") ends the search, so a nested
 * list written on the line stays in its item.
 */
final class NextNumbers {
    /**
     * A number after a sentence end, a closing bracket or a colon, before a capital: "… transplant. 9. Hyper…", "…; 10.Pregnant",
     * "… (The Diflunisal Trial) 2. If female".
     */
    private static final Pattern NUMBER = Pattern.compile("(?<=([.;:)]))\\s+(\\d{1,2})\\s?[.)]\\s*(?=\\p{Lu})");

    private NextNumbers() {
    }

    /**
     * The items of {@code text}, stated number {@code number} (0: unnumbered, never split), searched up to
     * {@code ownEnd}; the last item keeps the rest of the text.
     */
    static List<RawCriterion> split(String text, int ownEnd, int number, CriterionKind kind) {
        List<RawCriterion> out = new ArrayList<>();
        if (number <= 0) {
            out.add(new RawCriterion(text, kind, number));
            return out;
        }
        Matcher m = NUMBER.matcher(text).region(0, ownEnd).useTransparentBounds(true);
        int from = 0;
        int expected = number + 1;
        while (m.find() && !m.group(1).equals(":") && Integer.parseInt(m.group(2)) == expected) {
            out.add(new RawCriterion(text.substring(from, m.start()), kind, expected - 1));
            from = m.end();
            expected++;
        }
        out.add(new RawCriterion(text.substring(from), kind, expected - 1));
        return out;
    }
}
