package org.trialworkbench.model;

/** One identifier of a trial; {@code registry} is null for a sponsor's own study id. */
public record RegistryId(String id, String registry) {
    public RegistryId {
        Values.require(id, "id");
    }

    public boolean ofSponsor() {
        return registry == null;
    }
}
