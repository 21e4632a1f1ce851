package org.trialworkbench.importer.pagetext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.RegistryIds;

/**
 * The blocks (paragraphs between blank lines) of a jRCT English page copied as text, and the
 * anchors its fixed order is read by: the jRCT id, the first telephone block (after the address
 * of the sponsor institution), the target sample size (a bare number), the age block, the block of
 * dates of the progress section. Values carry no labels, so each is found by its shape and place.
 */
final class JrctPage {
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9()\\- ]{6,24}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,6}");
    private static final Pattern CODE = Pattern.compile("[A-Z]\\d{2}(?:\\.?\\d{1,6})?");
    private static final Pattern AGE_LINE = Pattern.compile(
            "(?i)(?:\\d{1,3}\\s*age\\s*(?:old\\s*)?\\p{L}+|no\\s+limit|not\\s+applicable)");

    final List<List<String>> blocks;

    JrctPage(String text) {
        blocks = blocksOf(text);
    }

    private static List<List<String>> blocksOf(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String s = line.strip();
            if (s.isEmpty()) {
                if (!current.isEmpty()) {
                    out.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(s);
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    String text(int i) {
        return i >= 0 && i < blocks.size() ? String.join("\n", blocks.get(i)) : null;
    }

    /** The index of the block that is the jRCT id; -1 when there is none. */
    int idBlock() {
        return find(0, b -> b.size() == 1 && PageIds.recognize(b.get(0))
                .filter(id -> RegistryIds.JRCT.equals(id.registry())).isPresent());
    }

    RegistryId idAt(int i) {
        return PageIds.recognize(blocks.get(i).get(0)).orElseThrow();
    }

    int phoneBlock(int from) {
        return find(from, b -> b.size() == 1 && PHONE.matcher(b.get(0)).matches());
    }

    int numberBlock(int from) {
        return find(from, b -> b.size() == 1 && NUMBER.matcher(b.get(0)).matches());
    }

    int ageBlock(int from) {
        return find(from, b -> b.stream().allMatch(l -> AGE_LINE.matcher(l).matches()));
    }

    int datesBlock(int from) {
        return find(from, JrctPage::isDates);
    }

    static boolean isDates(List<String> block) {
        return block.stream().allMatch(l -> PageDates.readWhole(l) != null);
    }

    static boolean isCode(List<String> block) {
        return block.size() == 1 && CODE.matcher(block.get(0)).matches();
    }

    /** True for short one-line blocks such as design values ("single arm study"). */
    static boolean isShort(List<String> block) {
        return block.size() == 1 && block.get(0).length() <= 60;
    }

    private int find(int from, java.util.function.Predicate<List<String>> test) {
        for (int i = Math.max(0, from); i < blocks.size(); i++) {
            if (test.test(blocks.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "Title (Title)" → "Title": jRCT repeats a title in parentheses (the Japanese slot filled with
     * the English text). A different parenthesized text is kept.
     */
    static String dropRepeatedTitle(String title) {
        if (title == null) {
            return null;
        }
        String t = title.strip();
        int n = t.length();
        if ((n - 3) % 2 != 0 || n < 5) {
            return t;
        }
        int half = (n - 3) / 2;
        boolean repeated = t.charAt(half) == ' ' && t.charAt(half + 1) == '(' && t.charAt(n - 1) == ')'
                && t.substring(0, half).equals(t.substring(half + 2, n - 1));
        return repeated ? t.substring(0, half) : t;
    }
}
