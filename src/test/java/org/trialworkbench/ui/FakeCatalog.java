package org.trialworkbench.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialSummary;
import org.trialworkbench.service.TrialCatalog;

/** An in-memory catalog; the query matches id or title, case-insensitively. Counts its queries. */
public final class FakeCatalog implements TrialCatalog {
    private final List<Trial> trials = new CopyOnWriteArrayList<>();
    public final List<String> queries = new CopyOnWriteArrayList<>();

    public FakeCatalog(Trial... initial) {
        trials.addAll(List.of(initial));
    }

    public void store(Trial trial) {
        trials.removeIf(t -> t.id().equals(trial.id()));
        trials.add(trial);
    }

    @Override
    public List<TrialSummary> list(String query) {
        queries.add(String.valueOf(query));
        String q = query == null ? "" : query.toLowerCase(Locale.ROOT);
        List<TrialSummary> found = new ArrayList<>();
        for (Trial t : trials) {
            if (t.id().toLowerCase(Locale.ROOT).contains(q) || t.briefTitle().toLowerCase(Locale.ROOT).contains(q)) {
                String registry = t.registryIds().stream().map(RegistryId::registry).findFirst().orElse(null);
                found.add(new TrialSummary(t.id(), registry, t.phases(), t.overallStatus(), t.briefTitle()));
            }
        }
        found.sort(Comparator.comparing(TrialSummary::id));
        return found;
    }

    @Override
    public Optional<Trial> load(String id) {
        return trials.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
