package org.trialworkbench.importer.ctgov;

import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.importer.ImportWarning;

/** Collects the warnings of one record while it is mapped; every warning carries the record's location. */
public final class MappingLog {
    private final String location;
    private final List<ImportWarning> warnings = new ArrayList<>();

    public MappingLog(String location) {
        this.location = location;
    }

    public void warn(String message) {
        warnings.add(new ImportWarning(location, message));
    }

    public String location() {
        return location;
    }

    public List<ImportWarning> warnings() {
        return List.copyOf(warnings);
    }
}
