package org.trialworkbench.ui.trialview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trialworkbench.model.Conflict;
import org.trialworkbench.model.FieldProvenance;
import org.trialworkbench.model.SourceRef;
import org.trialworkbench.model.Trial;
import org.trialworkbench.service.MergeOffer;
import org.trialworkbench.service.SourceInfo;
import org.trialworkbench.service.TrialMaintenanceException;
import org.trialworkbench.service.TrialMaintenanceUseCase;
import org.trialworkbench.ui.TaskRunner;

/**
 * The trial view's state: the trial, its key fields with provenance, its conflicts, its sources
 * and the merge offers that concern it. Every service call runs through the {@link TaskRunner};
 * after a split or merge the view shows the trial that keeps the viewed sources and the
 * {@code storeChanged} callback lets the trial list refresh. Touched on the UI thread only.
 */
public final class TrialViewModel {
    private final TrialMaintenanceUseCase service;
    private final TaskRunner runner;
    private final Runnable storeChanged;
    private final ObjectProperty<Trial> trial = new SimpleObjectProperty<>();
    private final ObservableList<FieldRow> fields = FXCollections.observableArrayList();
    private final ObservableList<Conflict> conflicts = FXCollections.observableArrayList();
    private final ObservableList<SourceInfo> sources = FXCollections.observableArrayList();
    private final ObservableList<MergeOffer> offers = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    private record Loaded(Trial trial, List<SourceInfo> sources, List<MergeOffer> offers) {
    }

    public TrialViewModel(TrialMaintenanceUseCase service, TaskRunner runner, Runnable storeChanged) {
        this.service = service;
        this.runner = runner;
        this.storeChanged = storeChanged;
    }

    /** Reads the trial, its sources and its merge offers in the background, then shows them. */
    public void load(String trialId) {
        busy.set(true);
        runner.submit(() -> read(trialId), this::show, e -> failed("Could not read trial " + trialId, e));
    }

    private Loaded read(String trialId) {
        Optional<Trial> found = service.trial(trialId);
        if (found.isEmpty()) {
            return new Loaded(null, List.of(), List.of());
        }
        String id = found.get().id();
        return new Loaded(found.get(), service.sources(id), service.mergeOffersFor(id));
    }

    /** Takes a source out of the viewed trial; the view then shows what remains. */
    public void split(SourceInfo source) {
        Trial current = trial.get();
        if (current == null || busy.get()) {
            return;
        }
        busy.set(true);
        message.set("Splitting " + fileName(source.file()) + " out…");
        runner.submit(() -> service.split(current.id(), source.sha256()), result -> {
            message.set(fileName(source.file()) + " is now trial " + result.splitOut().id()
                    + "; it will not be merged with " + result.remaining().id() + " again.");
            storeChanged.run();
            reload(result.remaining().id());
        }, e -> failed("Not split", e));
    }

    /** Merges the viewed trial with the offer's other trial, as the reviewer asked. */
    public void merge(MergeOffer offer) {
        Trial current = trial.get();
        if (current == null || busy.get()) {
            return;
        }
        busy.set(true);
        String other = offer.counterpartOf(current.id());
        runner.submit(() -> service.merge(current.id(), other), merged -> {
            message.set("Merged " + current.id() + " and " + other + " into " + merged.id() + ".");
            storeChanged.run();
            reload(merged.id());
        }, e -> failed("Not merged", e));
    }

    /** Declines an offer: the two trials are not offered or merged again. */
    public void keepApart(MergeOffer offer) {
        Trial current = trial.get();
        if (current == null || busy.get()) {
            return;
        }
        busy.set(true);
        String other = offer.counterpartOf(current.id());
        runner.submit(() -> {
            service.keepApart(current.id(), other);
            return other;
        }, done -> {
            message.set("Kept apart from " + done + "; not offered again.");
            reload(current.id());
        }, e -> failed("Not kept apart", e));
    }

    private void reload(String trialId) {
        runner.submit(() -> read(trialId), this::show, e -> failed("Could not read trial " + trialId, e));
    }

    private void show(Loaded loaded) {
        busy.set(false);
        trial.set(loaded.trial());
        if (loaded.trial() == null) {
            fields.clear();
            conflicts.clear();
            sources.clear();
            offers.clear();
            message.set("This trial is not in the store any more.");
            return;
        }
        fields.setAll(fieldRows(loaded.trial()));
        conflicts.setAll(loaded.trial().conflicts());
        sources.setAll(loaded.sources());
        offers.setAll(loaded.offers());
    }

    private void failed(String what, Throwable e) {
        busy.set(false);
        String reason = e instanceof TrialMaintenanceException ? e.getMessage() : what + ": " + e.getMessage();
        message.set(reason);
    }

    /** The key fields the trial states, in display order, each with the sources that state it. */
    static List<FieldRow> fieldRows(Trial t) {
        Map<String, List<String>> provenance = t.provenance().stream()
                .collect(Collectors.toMap(FieldProvenance::field, FieldProvenance::sourceFiles, (a, b) -> a));
        List<String> conflicting = t.conflicts().stream().map(Conflict::field).toList();
        List<FieldRow> rows = new ArrayList<>();
        KeyFields.labels().forEach((field, label) -> {
            List<String> files = provenance.getOrDefault(field, List.of());
            String value = FieldValues.of(t, field);
            if (files.isEmpty() && value.equals(org.trialworkbench.ui.Texts.MISSING)) {
                return;
            }
            List<String> from = files.stream().map(f -> sourceTag(t, f)).toList();
            rows.add(new FieldRow(field, label, value, from, conflicting.contains(field)));
        });
        return rows;
    }

    /**
     * "[2] aggregator-text": the source's number in the trial's source list (as the sources list
     * shows it) and its format; a file that is not a source of the trial shows its own name.
     */
    static String sourceTag(Trial t, String file) {
        List<SourceRef> refs = t == null ? List.of() : t.sources();
        for (int i = 0; i < refs.size(); i++) {
            if (refs.get(i).file().equals(file)) {
                return "[" + (i + 1) + "] " + refs.get(i).format();
            }
        }
        return fileName(file);
    }

    /** {@link #sourceTag(Trial, String)} for the viewed trial. */
    String sourceTag(String file) {
        return sourceTag(trial.get(), file);
    }

    /** "ctgov-json · NCT01.json": the format and the file's own name (the full path is in tooltips). */
    static String sourceLabel(String format, String file) {
        return (format == null ? "" : format + " · ") + fileName(file);
    }

    /** The file's own name: after the last folder separator (either kind: stores move) or archive "!". */
    static String fileName(String file) {
        if (file == null) {
            return "";
        }
        int cut = Math.max(file.lastIndexOf('!'), Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')));
        return cut >= 0 && cut < file.length() - 1 ? file.substring(cut + 1) : file;
    }

    public ObjectProperty<Trial> trialProperty() {
        return trial;
    }

    public ObservableList<FieldRow> fields() {
        return fields;
    }

    public ObservableList<Conflict> conflicts() {
        return conflicts;
    }

    public ObservableList<SourceInfo> sources() {
        return sources;
    }

    public ObservableList<MergeOffer> offers() {
        return offers;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
