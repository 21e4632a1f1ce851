package org.trialworkbench.importer.ictrp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.RegistryIds;

/**
 * The identifiers of a record: the main id in canonical form (ICTRP's "JPRN-" prefix and EU
 * member-state suffix dropped by {@link RegistryIds}), then the secondary ids: recognized ones
 * with their registry, the rest as sponsor ids (registry null).
 */
public final class IdReader {
    private IdReader() {
    }

    /** The main id: recognized, or as written with the registry the record names. */
    public static RegistryId main(String trialId, String sourceRegister) {
        return RegistryIds.recognize(trialId).orElseGet(() -> new RegistryId(trialId.strip(),
                sourceRegister == null || sourceRegister.isBlank() ? null : sourceRegister.strip()));
    }

    public static boolean recognized(String trialId) {
        return RegistryIds.recognize(trialId).isPresent();
    }

    /** Main id first, then the secondary ids split on ";" / "," / line breaks, without repeats. */
    public static List<RegistryId> all(RegistryId main, String secondaryIds) {
        Set<RegistryId> ids = new LinkedHashSet<>();
        ids.add(main);
        if (secondaryIds != null) {
            for (String raw : secondaryIds.split("[;\\n]|,(?=\\s*\\S)")) {
                String id = raw.strip();
                if (!id.isEmpty() && !id.equalsIgnoreCase("nil known") && !id.equalsIgnoreCase("none")) {
                    ids.add(RegistryIds.recognize(id).orElseGet(() -> new RegistryId(id, null)));
                }
            }
        }
        return new ArrayList<>(ids);
    }
}
