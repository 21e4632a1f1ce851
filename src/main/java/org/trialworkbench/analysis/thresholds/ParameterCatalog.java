package org.trialworkbench.analysis.thresholds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical parameters and their synonyms ({@code parameters.csv}, {@code synonyms.csv}), and
 * the search for parameter names in a text.
 */
final class ParameterCatalog {
    private final Map<String, ParameterInfo> parameters = new HashMap<>();
    private final Map<String, String> insensitive = new HashMap<>();
    private final Map<String, String> sensitive = new HashMap<>();
    private final Pattern insensitivePattern;
    private final Pattern sensitivePattern;

    ParameterCatalog() {
        for (String[] r : DataTables.rows("parameters.csv", 5)) {
            parameters.put(r[0], new ParameterInfo(r[0], blankToNull(r[1]), Double.parseDouble(r[2]),
                    Double.parseDouble(r[3]), blankToNull(r[4])));
        }
        for (String[] r : DataTables.rows("synonyms.csv", 3)) {
            if (!parameters.containsKey(r[0])) {
                throw new IllegalStateException("synonym for unknown parameter " + r[0]);
            }
            if (r[2].equals("s")) {
                sensitive.put(r[1], r[0]);
            } else {
                insensitive.put(r[1].toLowerCase(), r[0]);
            }
        }
        insensitivePattern = alternation(insensitive.keySet(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        sensitivePattern = alternation(sensitive.keySet(), 0);
    }

    ParameterInfo info(String parameter) {
        return parameters.get(parameter);
    }

    /** All parameter names in the text, left to right, the longest one where names overlap. */
    List<Mention> mentions(String text) {
        List<Mention> all = new ArrayList<>();
        collect(insensitivePattern, text, true, all);
        collect(sensitivePattern, text, false, all);
        all.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -(m.end() - m.start())));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : all) {
            Mention last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last == null || m.start() >= last.end()) {
                kept.add(m);
            } else if (m.end() - m.start() > last.end() - last.start()) {
                kept.set(kept.size() - 1, m);
            }
        }
        return kept;
    }

    private void collect(Pattern pattern, String text, boolean lowerCaseKeys, List<Mention> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String key = lowerCaseKeys ? m.group().toLowerCase().replaceAll("\\s+", " ") : m.group().replaceAll("\\s+", " ");
            String parameter = (lowerCaseKeys ? insensitive : sensitive).get(key);
            if (parameter != null) {
                // "%FVC", "%DLCO": the percent sign belongs to the name
                int start = m.start() > 0 && text.charAt(m.start() - 1) == '%' ? m.start() - 1 : m.start();
                into.add(new Mention(start, m.end(), parameter));
            }
        }
    }

    /** Longest synonym first, so the regex engine prefers "serum creatinine" over "creatinine". */
    private static Pattern alternation(java.util.Set<String> synonyms, int flags) {
        List<String> sorted = new ArrayList<>(synonyms);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < sorted.size(); i++) {
            sb.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)).replace(" ", "\\E\\s+\\Q"));
        }
        return Pattern.compile(sb.append(")(?![\\p{L}\\p{N}])").toString(), flags);
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
