package org.trialworkbench.importer;

import java.util.List;
import org.trialworkbench.model.Trial;

/**
 * One trial record read from a document. {@code raw} are the bytes of this record alone (one study
 * of a JSON array, one {@code <Trial>} of an ICTRP export) so that it can be stored, hashed and
 * read again; {@code location} says where in the document it was ("studies[3]", "Trial 12").
 */
public record ParsedRecord(Trial trial, byte[] raw, String location, List<ImportWarning> warnings) {
    public ParsedRecord {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
