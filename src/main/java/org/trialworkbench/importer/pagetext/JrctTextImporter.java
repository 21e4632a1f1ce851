package org.trialworkbench.importer.pagetext;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.importer.Detection;
import org.trialworkbench.importer.DocumentHead;
import org.trialworkbench.importer.RecordSink;
import org.trialworkbench.importer.SourceDocument;
import org.trialworkbench.importer.TrialImporter;
import org.trialworkbench.model.Intervention;

/**
 * The jRCT English page copied as text: values without labels in a fixed order (dates, id,
 * scientific and public titles, contacts, sample size, study type, design values, inclusion and
 * exclusion paragraphs, age limits, sex, condition, intervention, outcomes, progress dates,
 * status, other registry ids), with Japanese header text.
 *
 * <p>Progress dates: the first is the date of first enrollment (the start). The second is not
 * labelled on the copied page and jRCT uses that slot for different dates depending on the
 * trial's stage, so it is not assigned; a warning gives its value. The phase is read only when
 * the scientific title states it ("phase 2"), with a warning saying so.
 */
public final class JrctTextImporter implements TrialImporter {
    public static final String FORMAT = "jrct-text";
    private static final int HEAD_BLOCKS = 40;
    private static final int NAME_LIMIT = 120;
    /** "study of X for Y", "trial of X in Y": what a title says is studied. */
    private static final Pattern STUDIED = Pattern.compile(
            "(?i)\\b(?:study|trial)\\s+(?:of|on|evaluating)\\s+([^,;:()]{3,120}?)\\s+(?:for|in|to treat|against|among)\\s");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Detection detect(DocumentHead head) {
        String text = head.trimmedText();
        if (!PageText.looksLikePlainText(text)) {
            return Detection.no("not plain text");
        }
        JrctPage page = new JrctPage(text);
        int id = page.idBlock();
        if (id < 0 || id > HEAD_BLOCKS) {
            return Detection.no("no jRCT id on a line of its own");
        }
        boolean dated = page.datesBlock(0) >= 0 && page.datesBlock(0) < id;
        if (dated || PageText.hasJapanese(text)) {
            return Detection.of(90, "jRCT id " + page.idAt(id).id() + " on its own line with a jRCT page header");
        }
        return Detection.of(40, "jRCT id " + page.idAt(id).id() + " on its own line");
    }

    @Override
    public void parse(SourceDocument document, RecordSink sink) {
        PageImport.run(document, sink, JrctTextImporter::read, false);
    }

    static TrialDraft read(String text) {
        JrctPage page = new JrctPage(text);
        int id = page.idBlock();
        if (id < 0 || id + 2 >= page.blocks.size()) {
            return null;
        }
        TrialDraft d = new TrialDraft();
        d.addId(page.idAt(id));
        readHeader(page, id, d);
        int phone = page.phoneBlock(id + 3);
        if (phone >= 2) {
            d.trial.leadSponsor(page.text(phone - 2));
            SectionReader.addCountry(d, Countries.ofLocation(page.text(phone - 1)));
        }
        int size = page.numberBlock(Math.max(phone, id + 3));
        if (size < 0) {
            d.warn("page", "target sample size not found: the fields after the titles were not read");
            return d;
        }
        JrctSections.readFromSampleSize(page, size, d);
        readOtherIds(page, d);
        return d;
    }

    private static void readHeader(JrctPage page, int id, TrialDraft d) {
        String latest = null;
        for (int i = 0; i < id; i++) {
            if (JrctPage.isDates(page.blocks.get(i))) {
                for (String line : page.blocks.get(i)) {
                    String date = PageDates.readWhole(line);
                    latest = latest == null || date.compareTo(latest) > 0 ? date : latest;
                }
            }
        }
        d.trial.lastUpdate(latest);
        d.officialTitle = JrctPage.dropRepeatedTitle(page.text(id + 1));
        d.briefTitle = JrctPage.dropRepeatedTitle(page.text(id + 2));
        var phases = PhaseReader.read(d.officialTitle);
        if (!phases.isEmpty()) {
            d.trial.phases(phases);
            d.warn("Scientific Title", "phase " + phases + " read from the scientific title; the page has no phase field");
        }
    }

    /** Registry ids after the trial's own, up to the change history (which lists no other trials). */
    private static void readOtherIds(JrctPage page, TrialDraft d) {
        for (List<String> block : page.blocks) {
            if (PageText.normalize(block.get(0)).startsWith("history of changes")) {
                break;
            }
            for (String line : block) {
                PageIds.recognize(line).ifPresent(d::addId);
            }
        }
    }

    /**
     * The intervention of a paragraph the page gives without a name. With one intervention, the
     * name is what the scientific title says is studied ("... study of X for ..."); otherwise, or
     * when the title has no such phrase, the paragraph's first sentence (cut at a word boundary).
     */
    static Intervention intervention(String paragraph, String officialTitle, boolean only, TrialDraft d) {
        Matcher m = officialTitle == null ? null : STUDIED.matcher(officialTitle);
        if (only && m != null && m.find()) {
            d.warn("Intervention", "the page gives the intervention without a name: the name \"" + m.group(1)
                    + "\" is what the scientific title says is studied");
            return new Intervention(null, m.group(1).strip(), paragraph.strip(), List.of());
        }
        d.warn("Intervention", "the page gives the intervention without a name: its first sentence is used as the name");
        return new Intervention(null, firstSentence(paragraph), paragraph.strip(), List.of());
    }

    private static String firstSentence(String paragraph) {
        String first = paragraph.strip();
        int stop = first.indexOf(". ");
        if (stop > 0) {
            first = first.substring(0, stop);
        }
        if (first.endsWith(".")) {
            first = first.substring(0, first.length() - 1);
        }
        if (first.length() > NAME_LIMIT) {
            int space = first.lastIndexOf(' ', NAME_LIMIT);
            first = first.substring(0, space > 0 ? space : NAME_LIMIT) + " …";
        }
        return first;
    }
}
