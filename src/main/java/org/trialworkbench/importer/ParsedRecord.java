package org.trialworkbench.importer;

import java.util.List;
import org.trialworkbench.model.Trial;

/**
 * One trial record read from a document. {@code raw} are the bytes of this record alone (one study
 * of a JSON array, one {@code <Trial>} of an ICTRP export) so that it can be stored, hashed and
 * read again; {@code location} says where in the document it was ("studies[3]", "Trial 12 (NCT03759379)").
 * A record that is one of several in its document has a location with its number in it; a record that
 * is the whole document ("study", "clinical_study", "page") one without.
 */
public record ParsedRecord(Trial trial, byte[] raw, String location, List<ImportWarning> warnings) {
    public ParsedRecord {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /**
     * Where the record is, as its source names it: {@code file} for a record that is its whole document,
     * {@code file#location} for one of several ("ICTRP-Results.xml#Trial 12 (NCT03759379)"), so that two
     * records of one file (an ICTRP export holding a trial's NCT and jRCT copies) stay two sources.
     */
    public String sourceName(String file) {
        boolean oneOfSeveral = location != null && location.chars().anyMatch(Character::isDigit);
        return oneOfSeveral ? file + "#" + location : file;
    }
}
