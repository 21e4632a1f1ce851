package org.trialworkbench.service;

import java.util.List;

/**
 * What reading all trials again did.
 *
 * @param total     stored trials when the run started
 * @param changed   trials stored with a new reading
 * @param unchanged trials whose new reading is the stored one (nothing written)
 * @param kept      trials left as stored because they could not be read again, with the reason
 * @param cancelled whether the run was cancelled before every trial was read
 */
public record RereadReport(int total, int changed, int unchanged, List<KeptTrial> kept, boolean cancelled) {

    /** A trial left as stored, and why. */
    public record KeptTrial(String trialId, String reason) {
    }

    public RereadReport {
        kept = List.copyOf(kept);
    }

    /** Trials handled (all of them unless cancelled). */
    public int done() {
        return changed + unchanged + kept.size();
    }

    /** "N trials read again: X changed, Y unchanged, Z kept as stored (could not be re-read)". */
    public String summaryLine() {
        String line = done() + (done() == 1 ? " trial" : " trials") + " read again: " + changed + " changed, "
                + unchanged + " unchanged, " + kept.size() + " kept as stored (could not be re-read)";
        return cancelled ? line + "; cancelled after " + done() + " of " + total : line;
    }
}
