package org.trialworkbench.ui.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders the union of item keys (I1, E2, P1, S3, C1 …) of several trials: by letter prefix in the
 * order prefixes first appear, then by number, so I1..I7 come before E1.. even when one trial has
 * fewer inclusion criteria than another.
 */
final class KeyOrder {
    private static final Pattern KEY = Pattern.compile("([^0-9]*)(\\d*)(.*)");

    private KeyOrder() {
    }

    static List<String> union(List<List<String>> keysPerTrial) {
        Set<String> all = new LinkedHashSet<>();
        keysPerTrial.forEach(all::addAll);
        List<String> prefixes = new ArrayList<>();
        for (String key : all) {
            String prefix = prefix(key);
            if (!prefixes.contains(prefix)) {
                prefixes.add(prefix);
            }
        }
        List<String> ordered = new ArrayList<>(all);
        ordered.sort(Comparator.comparingInt((String k) -> prefixes.indexOf(prefix(k)))
                .thenComparingLong(KeyOrder::number)
                .thenComparing(Comparator.naturalOrder()));
        return ordered;
    }

    private static String prefix(String key) {
        Matcher m = KEY.matcher(key);
        return m.matches() ? m.group(1) : key;
    }

    private static long number(String key) {
        Matcher m = KEY.matcher(key);
        if (!m.matches() || m.group(2).isEmpty() || m.group(2).length() > 18) {
            return Long.MAX_VALUE;
        }
        return Long.parseLong(m.group(2));
    }
}
