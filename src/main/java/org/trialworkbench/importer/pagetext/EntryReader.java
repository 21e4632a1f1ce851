package org.trialworkbench.importer.pagetext;

import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.ArmType;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.InterventionType;

/**
 * Reads arms and interventions from value lines in the two layouts pages use: typed entries
 * ("Biological: AlloMSC" then description lines; "Experimental: Arm A" then description and
 * "Drug: X" lines naming its interventions), or untyped name/description pairs, where a page
 * that repeats each name ("Cyclophosphamide", "Cyclophosphamide", description) is read once.
 */
final class EntryReader {
    /** A name with its type word (null when untyped), description and named interventions. */
    record Entry(String type, String name, String description, List<String> interventions) {
    }

    private EntryReader() {
    }

    static List<Intervention> interventions(List<String> lines) {
        List<Intervention> out = new ArrayList<>();
        for (Entry e : entries(lines, "intervention")) {
            InterventionType type = e.type() == null ? null : Vocabulary.get().interventionType(e.type());
            out.add(new Intervention(type, e.name(), e.description(), List.of()));
        }
        return out;
    }

    static List<Arm> arms(List<String> lines) {
        List<Arm> out = new ArrayList<>();
        for (Entry e : entries(lines, "arm")) {
            ArmType type = e.type() == null ? null : Vocabulary.get().armType(e.type());
            out.add(new Arm(e.name(), type, e.description(), e.interventions()));
        }
        return out;
    }

    static List<Entry> entries(List<String> rawLines, String category) {
        List<String> lines = rawLines.stream().map(PageText::unbullet).filter(l -> !PageText.isAbsent(l)).toList();
        boolean typed = lines.stream().anyMatch(l -> typeOf(l, category) != null);
        return typed ? typedEntries(lines, category) : pairs(lines);
    }

    private static List<Entry> typedEntries(List<String> lines, String category) {
        List<Entry> out = new ArrayList<>();
        String type = null;
        String name = null;
        List<String> description = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (String line : lines) {
            String t = typeOf(line, category);
            if (t != null || name == null) {
                if (name != null) {
                    out.add(entry(type, name, description, named));
                }
                type = t;
                name = t == null ? line : line.substring(line.indexOf(':') + 1).strip();
                description = new ArrayList<>();
                named = new ArrayList<>();
            } else if (category.equals("arm") && typeOf(line, "intervention") != null) {
                named.add(line.substring(line.indexOf(':') + 1).strip());
            } else {
                description.add(line);
            }
        }
        if (name != null) {
            out.add(entry(type, name, description, named));
        }
        return out;
    }

    private static Entry entry(String type, String name, List<String> description, List<String> named) {
        String d = description.isEmpty() ? null : String.join("\n", description);
        return new Entry(type, name, d, List.copyOf(named));
    }

    /** Consecutive repeats collapsed, then (name, description) pairs; an odd last name has none. */
    private static List<Entry> pairs(List<String> lines) {
        List<String> collapsed = new ArrayList<>();
        for (String line : lines) {
            if (collapsed.isEmpty() || !collapsed.get(collapsed.size() - 1).equals(line)) {
                collapsed.add(line);
            }
        }
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < collapsed.size(); i += 2) {
            String description = i + 1 < collapsed.size() ? collapsed.get(i + 1) : null;
            out.add(new Entry(null, collapsed.get(i), description, List.of()));
        }
        return out;
    }

    /** "Biological: X" → "Biological" when the word before the colon is a type of the category. */
    private static String typeOf(String line, String category) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > 40) {
            return null;
        }
        String word = line.substring(0, colon);
        return Vocabulary.get().lookup(category, word) != null ? word : null;
    }
}
