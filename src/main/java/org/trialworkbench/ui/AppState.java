package org.trialworkbench.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialSummary;

/**
 * The state the window's panes share: the trials selected in the list, the trials in the
 * comparison, the status line and the long-running work. Panes derive their own state from these
 * properties instead of talking to each other. Touched on the UI thread only.
 */
public final class AppState {
    /** How many trials the comparison shows side by side. */
    public static final int MAX_COMPARED = 6;

    private final ObservableList<TrialSummary> selectedTrials = FXCollections.observableArrayList();
    private final ObservableList<Trial> comparedTrials = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("Ready");
    private final IntegerProperty storedCount = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Path> lastFolder = new SimpleObjectProperty<>();
    private final ObjectProperty<SelectedTarget> selectedTarget = new SimpleObjectProperty<>();
    private final WorkState work = new WorkState();
    private final AnnotationMarks annotationMarks = new AnnotationMarks();

    public ObservableList<TrialSummary> selectedTrials() {
        return selectedTrials;
    }

    public ObservableList<Trial> comparedTrials() {
        return comparedTrials;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public void setStatus(String message) {
        status.set(message);
    }

    /** Number of stored trials; -1 until the catalog has been read once. */
    public IntegerProperty storedCountProperty() {
        return storedCount;
    }

    /** The folder of the last file chooser, for the next one. */
    /** The item selected in any panel (for annotation); null when nothing is selected. */
    public ObjectProperty<SelectedTarget> selectedTargetProperty() {
        return selectedTarget;
    }

    public ObjectProperty<Path> lastFolderProperty() {
        return lastFolder;
    }

    /** Which targets of the compared trials carry notes (filled by the Annotations pane's reads). */
    public AnnotationMarks annotationMarks() {
        return annotationMarks;
    }

    public WorkState work() {
        return work;
    }

    /** The ids of the compared trials, in column order. */
    public List<String> comparedIds() {
        return comparedTrials.stream().map(Trial::id).toList();
    }

    /** Replaces the comparison with {@code trials} (at most {@link #MAX_COMPARED}). */
    public void compare(List<Trial> trials) {
        comparedTrials.setAll(trials.stream().limit(MAX_COMPARED).toList());
        announceComparison();
    }

    /**
     * Adds trials that are not compared yet, while there is room; the rest is refused with a status
     * message. Returns how many were refused for lack of room.
     */
    public int addToComparison(List<Trial> trials) {
        List<String> present = new ArrayList<>(comparedIds());
        List<Trial> added = new ArrayList<>();
        int refused = 0;
        for (Trial t : trials) {
            if (present.contains(t.id())) {
                continue;
            }
            if (present.size() >= MAX_COMPARED) {
                refused++;
                continue;
            }
            present.add(t.id());
            added.add(t);
        }
        comparedTrials.addAll(added);
        if (refused > 0) {
            setStatus("The comparison holds at most " + MAX_COMPARED + " trials: " + refused + " not added");
        } else if (!added.isEmpty()) {
            announceComparison();
        }
        return refused;
    }

    public void removeFromComparison(String trialId) {
        comparedTrials.removeIf(t -> t.id().equals(trialId));
        announceComparison();
    }

    private void announceComparison() {
        int n = comparedTrials.size();
        setStatus(n == 0 ? "No trials compared" : n == 1 ? "Comparing 1 trial" : "Comparing " + n + " trials");
    }
}
