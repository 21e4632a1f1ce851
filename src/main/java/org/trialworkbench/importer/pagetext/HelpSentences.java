package org.trialworkbench.importer.pagetext;

import java.util.ArrayList;
import java.util.List;

/**
 * Some sites put a help sentence under every section header ("Review the sponsor-provided synopsis
 * that highlights what the study is about."), before the values. When most headed sections of a
 * page start with such a sentence, the page has this style and the first sentence of each headed
 * section is dropped. Pages without the style are left alone, so a real summary is never lost.
 */
final class HelpSentences {
    private static final int MIN_WORDS = 6;
    private static final int MIN_SECTIONS = 3;

    private HelpSentences() {
    }

    static List<Section> drop(List<Section> sections) {
        int headed = 0;
        int withSentence = 0;
        for (Section s : sections) {
            if (isHeaded(s)) {
                headed++;
                if (isSentence(s.lines().get(0))) {
                    withSentence++;
                }
            }
        }
        if (withSentence < MIN_SECTIONS || withSentence * 2 < headed) {
            return sections;
        }
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            boolean drop = isHeaded(s) && isSentence(s.lines().get(0));
            out.add(drop ? s.withLines(s.lines().subList(1, s.lines().size())) : s);
        }
        return out;
    }

    private static boolean isHeaded(Section s) {
        return !s.inline() && s.field() != PageField.PREAMBLE && !s.isEmpty();
    }

    static boolean isSentence(String line) {
        return line.endsWith(".") && Character.isUpperCase(line.charAt(0)) && line.split("\\s+").length >= MIN_WORDS;
    }
}
