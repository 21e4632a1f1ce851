package org.trialworkbench.importer.pagetext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovers inclusion criteria that a page moved into the detailed description: when the Inclusion
 * Criteria list starts at item k &gt; 1 and the description holds a numbered list 1, 2, ... that
 * reaches k-1 and whose items from k on (if any) repeat the inclusion items, items 1..k-1 are put
 * back at the head of the inclusion list. The description then no longer holds that list.
 */
final class CriteriaRecovery {
    private static final Pattern NUMBERED = Pattern.compile("^\\(?(\\d{1,3})[.)]\\s+\\S");

    private CriteriaRecovery() {
    }

    /** A numbered item: its number and its text (continuation lines joined). */
    private record Item(int number, String text) {
    }

    static void apply(TrialDraft d, String descriptionLabel) {
        if (d.criteriaText == null || d.detailedDescription == null) {
            return;
        }
        List<String> criteria = new ArrayList<>(List.of(d.criteriaText.split("\n")));
        int header = inclusionHeader(criteria);
        if (header < 0 || header + 1 >= criteria.size()) {
            return;
        }
        int firstNumber = number(criteria.get(header + 1));
        if (firstNumber <= 1) {
            return;
        }
        List<String> descLines = List.of(d.detailedDescription.split("\n"));
        List<Item> described = items(descLines);
        if (!continuesInto(described, firstNumber, criteria.subList(header + 1, criteria.size()))) {
            return;
        }
        List<String> recovered = described.subList(0, firstNumber - 1).stream().map(Item::text).toList();
        criteria.addAll(header + 1, recovered);
        d.criteriaText = String.join("\n", criteria);
        d.warn("Eligibility Criteria", "inclusion item" + (recovered.size() > 1 ? "s 1-" + recovered.size() : " 1")
                + " recovered from the " + descriptionLabel + ", where the page placed "
                + (recovered.size() > 1 ? "them" : "it") + " (the Inclusion Criteria list starts at " + firstNumber + ")");
        List<String> rest = linesBeforeList(descLines);
        d.detailedDescription = rest.isEmpty() ? null : String.join("\n", rest);
        d.warn(descriptionLabel, "the numbered criteria list was removed from the description (it is eligibility text)");
    }

    private static boolean continuesInto(List<Item> described, int firstNumber, List<String> inclusion) {
        if (described.size() < firstNumber - 1) {
            return false;
        }
        for (int i = 0; i < described.size(); i++) {
            if (described.get(i).number() != i + 1) {
                return false;
            }
        }
        List<Item> included = items(inclusion);
        for (Item item : described.subList(firstNumber - 1, described.size())) {
            boolean repeated = included.stream().anyMatch(
                    inc -> inc.number() == item.number() && same(inc.text(), item.text()));
            if (!repeated) {
                return false;
            }
        }
        return true;
    }

    /** The narrative before the numbered list; the list runs to the end of the description. */
    private static List<String> linesBeforeList(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (number(line) > 0) {
                break;
            }
            out.add(line);
        }
        return out;
    }

    private static List<Item> items(List<String> lines) {
        List<Item> out = new ArrayList<>();
        int number = -1;
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            int n = number(line);
            if (n > 0 || isHeader(line)) {
                if (number > 0) {
                    out.add(new Item(number, text.toString()));
                }
                if (n <= 0) {
                    return out;
                }
                number = n;
                text.setLength(0);
                text.append(line.strip());
            } else if (number > 0) {
                text.append(' ').append(line.strip());
            }
        }
        if (number > 0) {
            out.add(new Item(number, text.toString()));
        }
        return out;
    }

    private static int inclusionHeader(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (PageText.normalize(lines.get(i)).startsWith("inclusion criteria")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHeader(String line) {
        String n = PageText.normalize(line);
        return n.equals("inclusion criteria") || n.equals("exclusion criteria");
    }

    private static int number(String line) {
        Matcher m = NUMBERED.matcher(line.strip());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static boolean same(String a, String b) {
        return PageText.normalize(a).equals(PageText.normalize(b));
    }
}
