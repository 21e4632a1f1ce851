package org.trialworkbench.service;

import java.util.List;
import java.util.Optional;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialSummary;

/** Browsing the stored trials. */
public interface TrialCatalog {

    /** Summaries of the stored trials matching {@code query} (null or blank: all), ordered by id. */
    List<TrialSummary> list(String query);

    /** A stored trial by its id or any of its registry ids. */
    Optional<Trial> load(String trialIdOrRegistryId);

    /** Several trials in the given order; ids that are not stored are skipped. */
    default List<Trial> loadAll(List<String> ids) {
        return ids.stream().map(this::load).flatMap(Optional::stream).toList();
    }
}
