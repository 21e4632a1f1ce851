package org.trialworkbench.export;

import java.time.Instant;

/** What an export's header states besides the trials: when, and by whom (null when not known). */
public record ExportHeader(Instant exportedAt, String reviewer) {
}
