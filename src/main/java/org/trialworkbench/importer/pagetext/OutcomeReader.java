package org.trialworkbench.importer.pagetext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.OutcomeKind;

/**
 * Reads outcome measures from the value lines of an outcomes section, in whichever of three
 * layouts the page uses: "measure [ Time Frame: x ]" with optional description lines (tabular
 * view), a "Name Time Method" row run together ("A every three month B every three month"), or one
 * measure per line with the time frame, if any, at its end. Keys are P1.., S1.., O1...
 */
final class OutcomeReader {
    private static final String RUN_ON_HEADER = "name time method";

    private OutcomeReader() {
    }

    static List<Outcome> read(List<String> lines, OutcomeKind kind) {
        List<Outcome> out = new ArrayList<>();
        if (lines.isEmpty() || (lines.size() == 1 && PageText.isAbsent(lines.get(0)))) {
            return out;
        }
        String first = PageText.unbullet(lines.get(0));
        if (lines.stream().anyMatch(l -> timeFrameBracket(l) >= 0)) {
            readBracketed(lines, kind, out);
        } else if (first.toLowerCase(Locale.ROOT).startsWith(RUN_ON_HEADER)) {
            String joined = String.join(" ", lines).strip().substring(RUN_ON_HEADER.length());
            for (TimeFrames.Item item : TimeFrames.splitRunOn(joined)) {
                add(out, kind, item.measure(), null, item.timeFrame());
            }
        } else {
            for (String line : lines) {
                String measure = PageText.unbullet(line);
                add(out, kind, measure, null, TimeFrames.tail(measure));
            }
        }
        return out;
    }

    /** Outcomes from a paragraph of sentences (jRCT): each sentence or glued item is one measure. */
    static List<Outcome> readSentences(String paragraph, OutcomeKind kind) {
        List<Outcome> out = new ArrayList<>();
        for (String measure : OutcomeSentences.split(paragraph)) {
            add(out, kind, measure, null, TimeFrames.tail(measure));
        }
        return out;
    }

    private static void readBracketed(List<String> lines, OutcomeKind kind, List<Outcome> out) {
        String measure = null;
        String timeFrame = null;
        StringBuilder description = new StringBuilder();
        for (String raw : lines) {
            String line = PageText.unbullet(raw);
            int bracket = timeFrameBracket(line);
            if (bracket >= 0 || measure == null) {
                if (measure != null) {
                    add(out, kind, measure, description.toString(), timeFrame);
                }
                description.setLength(0);
                measure = bracket >= 0 ? line.substring(0, bracket).strip() : line;
                timeFrame = bracket >= 0 ? timeFrameIn(line.substring(bracket)) : null;
            } else {
                description.append(description.length() == 0 ? "" : "\n").append(line);
            }
        }
        if (measure != null) {
            add(out, kind, measure, description.toString(), timeFrame);
        }
    }

    private static int timeFrameBracket(String line) {
        int open = line.indexOf('[');
        while (open >= 0) {
            String after = line.substring(open + 1).stripLeading().toLowerCase(Locale.ROOT);
            if (after.startsWith("time frame")) {
                return open;
            }
            open = line.indexOf('[', open + 1);
        }
        return -1;
    }

    private static String timeFrameIn(String bracketed) {
        int colon = bracketed.indexOf(':');
        int close = bracketed.lastIndexOf(']');
        if (colon < 0) {
            return null;
        }
        String tf = bracketed.substring(colon + 1, close > colon ? close : bracketed.length()).strip();
        return tf.isEmpty() ? null : tf;
    }

    private static void add(List<Outcome> out, OutcomeKind kind, String measure, String description, String timeFrame) {
        if (measure == null || measure.isBlank()) {
            return;
        }
        String prefix = switch (kind) {
            case PRIMARY -> "P";
            case SECONDARY -> "S";
            case OTHER -> "O";
        };
        String desc = description == null || description.isBlank() ? null : description;
        out.add(new Outcome(prefix + (out.size() + 1), kind, measure.strip(), desc, timeFrame, null));
    }
}
