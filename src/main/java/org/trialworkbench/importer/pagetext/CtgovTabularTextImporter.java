package org.trialworkbench.importer.pagetext;

import java.util.List;
import org.trialworkbench.importer.Detection;
import org.trialworkbench.importer.DocumentHead;
import org.trialworkbench.importer.RecordSink;
import org.trialworkbench.importer.SourceDocument;
import org.trialworkbench.importer.TrialImporter;

/**
 * The ClinicalTrials.gov "tabular view" page copied as text: rows "Label ICMJE | value | ||" with
 * cells that may run over several lines. "Not Provided" and empty cells are read as not stated;
 * empty criteria and outcome cells are reported as warnings.
 */
public final class CtgovTabularTextImporter implements TrialImporter {
    public static final String FORMAT = "ctgov-tabular-text";
    private static final int CERTAIN_ROWS = 3;

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
        int rows = 0;
        for (String line : PageText.nonBlankLines(text)) {
            int bar = line.indexOf('|');
            if (bar > 0 && LabelTable.TABULAR.field(TabularPage.rowLabel(line.substring(0, bar))) != null) {
                rows++;
            }
        }
        if (rows >= CERTAIN_ROWS) {
            return Detection.of(90, rows + " tabular-view rows (\"Label | value |\") in the head");
        }
        return rows > 0 ? Detection.of(30, rows + " tabular-view row(s) in the head")
                : Detection.no("no tabular-view rows");
    }

    @Override
    public void parse(SourceDocument document, RecordSink sink) {
        PageImport.run(document, sink, CtgovTabularTextImporter::read, false);
    }

    static TrialDraft read(String text) {
        List<Section> sections = TabularPage.split(text);
        if (sections.stream().noneMatch(s -> s.field() != PageField.PREAMBLE)) {
            return null;
        }
        TrialDraft d = new TrialDraft();
        SectionReader.readAll(sections, d);
        if (d.registryId() == null) {
            sections.stream().filter(s -> s.field() == PageField.PREAMBLE).findFirst()
                    .flatMap(s -> PageIds.findAll(s.text()).stream().findFirst()).ifPresent(d::addId);
        }
        PageChecks.eligibility(d, "Eligibility Criteria");
        boolean hasOutcomes = sections.stream().anyMatch(s -> s.field() == PageField.PRIMARY_OUTCOMES
                || s.field() == PageField.SECONDARY_OUTCOMES);
        PageChecks.outcomesPresent(d, hasOutcomes);
        return d;
    }
}
