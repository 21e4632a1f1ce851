package org.trialworkbench.importer.pagetext;

import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.model.Enrollment;
import org.trialworkbench.model.OutcomeKind;

/**
 * Reads the part of a jRCT page from the target sample size on: study type, design values,
 * inclusion and exclusion paragraphs, ages, sex, condition / intervention / outcomes (with their
 * MeSH or other code blocks skipped), progress dates and recruitment status.
 */
final class JrctSections {
    private static final int CONTENT_BLOCKS = 4;

    private JrctSections() {
    }

    static void readFromSampleSize(JrctPage page, int size, TrialDraft d) {
        d.trial.enrollment(new Enrollment(Integer.parseInt(page.text(size)), null));
        int i = size + 1;
        var type = Vocabulary.get().studyType(page.text(i));
        if (type != null) {
            d.trial.studyType(type);
            i++;
        }
        while (i < page.blocks.size() && JrctPage.isShort(page.blocks.get(i))) {
            d.design = DesignReader.read(page.text(i), d.design);
            i++;
        }
        int ages = page.ageBlock(i);
        if (ages < 0) {
            d.warn("page", "age limits not found: eligibility and the fields after it were not read");
            return;
        }
        criteria(page, i, ages, d);
        var limits = AgeReader.range(page.text(ages));
        d.minimumAge = limits.minimum();
        d.maximumAge = limits.maximum();
        int next = ages + 1;
        if (Vocabulary.get().sex(page.text(next)) != null) {
            d.sex = Vocabulary.get().sex(page.text(next));
            next++;
        }
        int dates = page.datesBlock(next);
        content(page, next, dates < 0 ? page.blocks.size() : dates, d);
        if (dates >= 0) {
            progress(page, dates, d);
        }
    }

    /** The paragraphs between the design values and the ages: inclusion, then exclusion. */
    private static void criteria(JrctPage page, int from, int to, TrialDraft d) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = from; i < to; i++) {
            paragraphs.add(page.text(i).replace("\n", " "));
        }
        if (paragraphs.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder("Inclusion Criteria:\n").append(paragraphs.get(0));
        if (paragraphs.size() > 1) {
            text.append("\nExclusion Criteria:\n").append(String.join("\n", paragraphs.subList(1, paragraphs.size())));
        }
        d.criteriaText = text.toString();
        d.warn("Eligibility Criteria", paragraphs.size() == 2
                ? "the page gives the inclusion and exclusion paragraphs without headers; headers were added by their order"
                : paragraphs.size() + " eligibility paragraphs without headers: the first was read as inclusion,"
                        + " the rest as exclusion");
    }

    /** Condition, intervention, primary and secondary outcome, in this order, code blocks skipped. */
    private static void content(JrctPage page, int from, int to, TrialDraft d) {
        List<String> blocks = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!JrctPage.isCode(page.blocks.get(i))) {
                blocks.add(page.text(i));
            }
        }
        if (blocks.size() != CONTENT_BLOCKS) {
            d.warn("page", "expected condition, intervention, primary and secondary outcome blocks but found "
                    + blocks.size() + " blocks; read by position from both ends");
        }
        if (blocks.isEmpty()) {
            return;
        }
        d.trial.conditions(List.of(blocks.get(0).split("\n")));
        if (blocks.size() >= 3) {
            d.setOutcomes(OutcomeKind.PRIMARY, OutcomeReader.readSentences(blocks.get(blocks.size() - 2), OutcomeKind.PRIMARY));
            d.setOutcomes(OutcomeKind.SECONDARY, OutcomeReader.readSentences(blocks.get(blocks.size() - 1), OutcomeKind.SECONDARY));
        }
        List<String> interventions = blocks.subList(1, Math.max(1, blocks.size() - 2));
        for (String paragraph : interventions) {
            d.trial.addIntervention(JrctTextImporter.intervention(paragraph, d.officialTitle, interventions.size() == 1, d));
        }
    }

    private static void progress(JrctPage page, int dates, TrialDraft d) {
        List<String> lines = page.blocks.get(dates);
        d.start = PageDates.readWhole(lines.get(0));
        if (lines.size() > 1) {
            d.warn("Progress", "unlabelled progress date \"" + lines.get(1) + "\" was not assigned: the copied page does"
                    + " not say whether it is a completion or another milestone");
        }
        String status = page.text(dates + 1);
        if (status != null && Vocabulary.get().status(status) != null) {
            d.trial.overallStatus(Vocabulary.get().status(status));
        } else {
            d.warn("Progress", "recruitment status not found after the progress dates");
        }
    }
}
