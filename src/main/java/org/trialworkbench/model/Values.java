package org.trialworkbench.model;

import java.util.List;
import java.util.Objects;

/** Small guards shared by the records. */
final class Values {
    private Values() {
    }

    static <T> T require(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " is required");
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
