package org.trialworkbench.importer.pagetext;

import java.util.List;
import java.util.Optional;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.RegistryIds;

/**
 * Registry id look-ups bounded in length. {@link RegistryIds} scans its whole input once per
 * registry and compares each hit with all earlier ones, so it is given only short values and the
 * start of long texts: an id that belongs to the trial stands in a short value or near the top.
 */
final class PageIds {
    /** Longest value that can be a registry id on its own (CTRI/2020/01/012345 and the like). */
    private static final int MAX_ID_VALUE = 64;
    /** How much of a text is searched for ids; the first mention is what callers use. */
    static final int MAX_SEARCH = 16 * 1024;

    private PageIds() {
    }

    /** The registry id a whole value is; empty for longer values. */
    static Optional<RegistryId> recognize(String value) {
        if (value == null || value.strip().length() > MAX_ID_VALUE) {
            return Optional.empty();
        }
        return RegistryIds.recognize(value);
    }

    /** The ids mentioned in the first {@link #MAX_SEARCH} characters of a text. */
    static List<RegistryId> findAll(String text) {
        if (text == null) {
            return List.of();
        }
        return RegistryIds.findAll(text.length() > MAX_SEARCH ? text.substring(0, MAX_SEARCH) : text);
    }
}
