package org.trialworkbench.importer.ictrp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Splits the list fields of registry records: countries and conditions. */
public final class ListFields {
    private static final List<String> COMMA_COUNTRIES = PhraseTable.readLines("countries-with-comma.txt");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*•·]\\s*)+");
    // EU records spread one MedDRA coding over several lines; those lines belong together.
    private static final Pattern MEDDRA_CONTINUATION = Pattern.compile(
            "(?i)^(Level|Classification code|Term|System Organ Class)\\b.*");

    private ListFields() {
    }

    /** Countries split on ";" and "," (names that contain a comma, like "Korea, Republic of", kept whole). */
    public static List<String> countries(String cleaned) {
        Set<String> countries = new LinkedHashSet<>();
        if (cleaned == null) {
            return List.of();
        }
        for (String part : cleaned.split("[;\\n]")) {
            String protectedPart = part;
            for (String name : COMMA_COUNTRIES) {
                protectedPart = protectedPart.replace(name, name.replace(",", "\u0000"));
            }
            for (String country : protectedPart.split(",")) {
                String c = country.replace('\u0000', ',').strip();
                if (!c.isEmpty()) {
                    countries.add(c);
                }
            }
        }
        return new ArrayList<>(countries);
    }

    /** Conditions split on ";" and line breaks; list markers dropped; MedDRA codings kept as one item. */
    public static List<String> conditions(String cleaned) {
        Set<String> conditions = new LinkedHashSet<>();
        if (cleaned == null) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String part : RegistryText.splitTopLevel(cleaned, ';')) {
            for (String line : RegistryText.lines(part)) {
                String item = LIST_MARKER.matcher(line).replaceFirst("").strip();
                if (item.isEmpty()) {
                    continue;
                }
                if (MEDDRA_CONTINUATION.matcher(item).matches() && !items.isEmpty()) {
                    items.set(items.size() - 1, items.get(items.size() - 1) + " " + item);
                } else {
                    items.add(item);
                }
            }
        }
        conditions.addAll(items);
        return new ArrayList<>(conditions);
    }
}
