package org.trialworkbench.ui.importing;

import java.util.List;
import org.trialworkbench.service.ImportReport;

/** What an import ended with: the counts and one line per failure or warning. */
public record ImportResult(ImportReport report, List<String> problems) {
    public ImportResult {
        problems = List.copyOf(problems);
    }
}
