package org.trialworkbench.model;

import java.util.List;

public record Arm(String label, ArmType type, String description, List<String> interventionNames) {
    public Arm {
        Values.require(label, "label");
        interventionNames = Values.copy(interventionNames);
    }
}
