package org.trialworkbench.importer.pagetext;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Recognizes country names (the JDK's English names of ISO countries plus the aliases in
 * {@code country-aliases.tsv}) and reads the country that ends a location line ("Kunming,
 * Yunan, China").
 */
final class Countries {
    private static final Map<String, String> NAMES = load();

    private Countries() {
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            names.put(PageText.normalize(name), name);
        }
        for (String[] row : Resources.table("country-aliases.tsv", 2)) {
            names.put(PageText.normalize(row[0]), row[1]);
        }
        return names;
    }

    /** The canonical name when the whole text is a country; null otherwise. */
    static String recognize(String text) {
        return text == null ? null : NAMES.get(PageText.normalize(text));
    }

    /** The country after the last comma of a location line, or the whole line; null when none. */
    static String ofLocation(String line) {
        int comma = line.lastIndexOf(',');
        int before = comma > 0 ? line.lastIndexOf(',', comma - 1) : -1;
        if (before >= 0) {
            // "Seoul, Korea, Republic of": some names carry a comma themselves.
            String lastTwo = recognize(line.substring(before + 1));
            if (lastTwo != null) {
                return lastTwo;
            }
        }
        String last = comma >= 0 ? line.substring(comma + 1) : line;
        String found = recognize(last);
        if (found == null) {
            // "... Kunming China": the country may follow the city without a comma.
            int space = last.strip().lastIndexOf(' ');
            found = space >= 0 ? recognize(last.strip().substring(space + 1)) : null;
        }
        return found;
    }
}
