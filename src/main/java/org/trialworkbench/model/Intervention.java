package org.trialworkbench.model;

import java.util.List;

public record Intervention(InterventionType type, String name, String description, List<String> otherNames) {
    public Intervention {
        Values.require(name, "name");
        otherNames = Values.copy(otherNames);
    }
}
