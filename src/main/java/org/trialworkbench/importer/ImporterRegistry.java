package org.trialworkbench.importer;

import java.util.List;
import java.util.Optional;
import org.trialworkbench.importer.ctgov.CtgovJsonImporter;
import org.trialworkbench.importer.ctgov.CtgovV1JsonImporter;
import org.trialworkbench.importer.ctgov.CtgovXmlImporter;
import org.trialworkbench.importer.euctr.EuctrPageImporter;
import org.trialworkbench.importer.ictrp.IctrpXmlImporter;
import org.trialworkbench.importer.pagetext.AggregatorTextImporter;
import org.trialworkbench.importer.pagetext.CtgovFieldDumpImporter;
import org.trialworkbench.importer.pagetext.CtgovTabularTextImporter;
import org.trialworkbench.importer.pagetext.JrctTextImporter;
import org.trialworkbench.importer.workbench.WorkbenchJsonImporter;

/**
 * The importers in an explicit order: structured formats first, page-text layouts after, the
 * generic label/value reader last as the fallback. A document goes to the importer with the
 * highest detection score; on a tie the earlier one wins.
 */
public final class ImporterRegistry {
    private final List<TrialImporter> importers;

    public ImporterRegistry(List<TrialImporter> importers) {
        this.importers = List.copyOf(importers);
    }

    /** Every format this build reads. */
    public static ImporterRegistry standard() {
        return new ImporterRegistry(List.of(
                new WorkbenchJsonImporter(),
                new CtgovJsonImporter(),
                new CtgovV1JsonImporter(),
                new CtgovXmlImporter(),
                new IctrpXmlImporter(),
                new EuctrPageImporter(),
                new CtgovTabularTextImporter(),
                new JrctTextImporter(),
                new CtgovFieldDumpImporter(),
                // The generic label/value reader claims weakly what no other reader does: last.
                new AggregatorTextImporter()));
    }

    public List<TrialImporter> importers() {
        return importers;
    }

    /** The importer that claims the document most strongly; empty when none claims it. */
    public Optional<Choice> choose(DocumentHead head) {
        Choice best = null;
        for (TrialImporter importer : importers) {
            Detection detection = safeDetect(importer, head);
            if (detection.claims() && (best == null || detection.score() > best.detection().score())) {
                best = new Choice(importer, detection);
            }
        }
        return Optional.ofNullable(best);
    }

    public Optional<TrialImporter> byFormat(String format) {
        return importers.stream().filter(i -> i.format().equals(format)).findFirst();
    }

    // A detector bug must not stop an import: it just doesn't claim the document.
    private static Detection safeDetect(TrialImporter importer, DocumentHead head) {
        try {
            return importer.detect(head);
        } catch (RuntimeException e) {
            return Detection.no(importer.format() + " detection failed: " + e);
        }
    }

    /** An importer and why it claimed a document. */
    public record Choice(TrialImporter importer, Detection detection) {
    }
}
