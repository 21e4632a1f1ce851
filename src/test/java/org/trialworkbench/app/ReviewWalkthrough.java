package org.trialworkbench.app;

import java.nio.file.Path;
import java.util.List;
import org.trialworkbench.service.CancellationToken;
import org.trialworkbench.service.ExportFormat;
import org.trialworkbench.service.ImportListener;

/**
 * The walk-through as a new user would do it, on the real services: import the seeds,
 * compare NCT00962923 with jRCTc071190041, annotate three items, correct one threshold, export
 * HTML (and the other formats). Not a test: it makes the README's export screenshot.
 * Arguments: {@code STORE_DIR OUT_DIR}.
 */
public final class ReviewWalkthrough {
    private ReviewWalkthrough() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        java.nio.file.Files.createDirectories(out);
        try (Workbench w = Workbench.open(Path.of(args[0]))) {
            w.importer().importExamples(ImportListener.NONE, new CancellationToken());
            String reviewer = "Dr. A. Reviewer";
            w.annotations().add("NCT00962923", "criterion:I5", "concern",
                    "Creatinine 'above 120 mmol/L' must mean µmol/L (≈1.36 mg/dL); jRCT excludes from 2 mg/dL.", reviewer);
            w.annotations().add("jRCTc071190041", "criterion:I1", "differs",
                    "Upper age 64 here versus 65 in NCT00962923.", reviewer);
            w.annotations().add("NCT00962923", "outcome:P1", "match", "Monthly mRSS, as in the protocol.", reviewer);
            w.corrections().correct("NCT00962923", "criterion:I5/threshold:1", "unit", "umol/L", reviewer);
            List<String> ids = List.of("NCT00962923", "jRCTc071190041");
            for (ExportFormat f : ExportFormat.values()) {
                w.exporter().export(f, ids, out.resolve("review." + f.fileExtension()));
            }
        }
        System.out.println("wrote " + out);
    }
}
