package org.trialworkbench.importer.pagetext;

import java.util.List;
import org.trialworkbench.importer.Detection;
import org.trialworkbench.importer.DocumentHead;
import org.trialworkbench.importer.RecordSink;
import org.trialworkbench.importer.SourceDocument;
import org.trialworkbench.importer.TrialImporter;

/**
 * A flat "Field: Value" dump of a ClinicalTrials.gov record (field names of the API, one per line,
 * long values running on over following lines). Such dumps often carry no registry id: the trial
 * then gets {@code LocalIds.fromTitle(officialTitle)}. Phases are read only from a labelled phase
 * field, never from the title or description; when free text mentions a phase, a warning says so.
 */
public final class CtgovFieldDumpImporter implements TrialImporter {
    public static final String FORMAT = "ctgov-field-dump";
    private static final int HEAD_LINES = 10;
    private static final int MIN_LABELLED = 5;

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
        List<String> lines = PageText.nonBlankLines(text);
        int labelled = 0;
        for (String line : lines.subList(0, Math.min(HEAD_LINES, lines.size()))) {
            int colon = line.indexOf(':');
            if (colon > 0 && LabelTable.FIELD_DUMP.field(line.substring(0, colon)) != null) {
                labelled++;
            }
        }
        if (labelled >= MIN_LABELLED) {
            return Detection.of(85, labelled + " of the first " + HEAD_LINES + " lines are \"Field: Value\" record fields");
        }
        return Detection.no("too few \"Field: Value\" lines (" + labelled + ")");
    }

    @Override
    public void parse(SourceDocument document, RecordSink sink) {
        PageImport.run(document, sink, CtgovFieldDumpImporter::read, true);
    }

    static TrialDraft read(String text) {
        List<Section> sections = LabelledPage.split(text, LabelTable.FIELD_DUMP);
        long labelled = sections.stream().filter(s -> s.field() != PageField.PREAMBLE).count();
        if (labelled < 2) {
            return null;
        }
        TrialDraft d = new TrialDraft();
        SectionReader.readAll(sections, d);
        if (d.officialTitle == null && d.briefTitle == null) {
            return null;
        }
        if (d.registryId() == null) {
            d.warn("Official Title", "the dump names no registry id: the trial's id is derived from its official title");
        }
        boolean phaseField = sections.stream().anyMatch(s -> s.field() == PageField.PHASE);
        if (!phaseField) {
            String freeText = String.join(" ", d.officialTitle == null ? "" : d.officialTitle,
                    d.detailedDescription == null ? "" : d.detailedDescription);
            var mentioned = PhaseReader.read(freeText);
            d.warn("Phase", mentioned.isEmpty() ? "no phase field: phase not read"
                    : "no phase field: phase not read (the title or description mentions " + mentioned
                    + "; not taken from free text)");
        }
        PageChecks.eligibility(d, "Eligibility Criteria");
        PageChecks.outcomesPresent(d, sections.stream().anyMatch(s -> s.field() == PageField.PRIMARY_OUTCOMES
                || s.field() == PageField.SECONDARY_OUTCOMES));
        return d;
    }
}
