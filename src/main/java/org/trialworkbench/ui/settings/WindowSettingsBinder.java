package org.trialworkbench.ui.settings;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.trialworkbench.ui.AppState;
import org.trialworkbench.ui.Debouncer;
import org.trialworkbench.ui.TaskRunner;

/**
 * Applies saved settings to the window and keeps the file up to date: every change of size,
 * position, divider or last folder schedules a save {@value #SAVE_DELAY_MS} ms later (in the
 * background); {@link #saveNow()} writes at once (on close).
 */
public final class WindowSettingsBinder {
    private static final Logger LOG = Logger.getLogger(WindowSettingsBinder.class.getName());
    private static final long SAVE_DELAY_MS = 500;

    private final SettingsStore store;
    private final Stage stage;
    private final SplitPane split;
    private final AppState state;
    private final TaskRunner runner;
    private final Debouncer debouncer;
    private final StringProperty reviewerName = new SimpleStringProperty();
    private final AtomicLong versions = new AtomicLong();
    private long writtenVersion = -1;

    public WindowSettingsBinder(SettingsStore store, Stage stage, SplitPane split, AppState state, TaskRunner runner) {
        this.store = store;
        this.stage = stage;
        this.split = split;
        this.state = state;
        this.runner = runner;
        this.debouncer = new Debouncer(Duration.millis(SAVE_DELAY_MS), this::saveLater);
    }

    /** Applies the saved settings, then starts watching for changes. */
    public void applyAndWatch() {
        apply(store.load());
        Observable[] watched = {stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty(),
            stage.maximizedProperty(), state.lastFolderProperty(), reviewerName};
        for (Observable o : watched) {
            o.addListener(x -> debouncer.trigger());
        }
        split.getDividers().forEach(d -> d.positionProperty().addListener(x -> debouncer.trigger()));
    }

    /** The settings as the window is now. */
    public UiSettings current() {
        Path folder = state.lastFolderProperty().get();
        return new UiSettings(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                Arrays.stream(split.getDividerPositions()).boxed().toList(),
                folder == null ? null : folder.toString(), reviewerName.get()).sane();
    }

    /** The reviewer's name as saved (null until asked once); setting it saves it. */
    public StringProperty reviewerNameProperty() {
        return reviewerName;
    }

    /** Writes now, on the calling thread (window closing). */
    public void saveNow() {
        debouncer.cancel();
        try {
            write(current(), versions.incrementAndGet());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Could not save settings to " + store.file(), e);
        }
    }

    private void saveLater() {
        UiSettings snapshot = current();
        long version = versions.incrementAndGet();
        runner.submit(() -> {
            write(snapshot, version);
            return snapshot;
        }, saved -> { }, e -> LOG.log(Level.WARNING, "Could not save settings to " + store.file(), e));
    }

    /** Writes unless a newer snapshot was written already (a slow background save must not undo the close). */
    private synchronized void write(UiSettings snapshot, long version) throws java.io.IOException {
        if (version > writtenVersion) {
            store.save(snapshot);
            writtenVersion = version;
        }
    }

    private void apply(UiSettings s) {
        stage.setWidth(s.width());
        stage.setHeight(s.height());
        if (s.x() != null && isOnSomeScreen(s)) {
            stage.setX(s.x());
            stage.setY(s.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(s.maximized());
        split.setDividerPositions(s.dividerPositions().stream().mapToDouble(Double::doubleValue).toArray());
        state.lastFolderProperty().set(folder(s.lastFolder()));
        reviewerName.set(s.reviewerName());
    }

    /** A window saved on a screen that is gone now would open out of sight. */
    private static boolean isOnSomeScreen(UiSettings s) {
        Rectangle2D titleBar = new Rectangle2D(s.x(), s.y(), Math.max(1, s.width()), 40);
        return !Screen.getScreensForRectangle(titleBar).isEmpty();
    }

    private static Path folder(String saved) {
        if (saved == null) {
            return null;
        }
        try {
            Path p = Path.of(saved);
            return Files.isDirectory(p) ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
