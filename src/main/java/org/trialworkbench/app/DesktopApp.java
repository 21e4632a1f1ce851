package org.trialworkbench.app;

import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.trialworkbench.ui.MainWindow;
import org.trialworkbench.ui.UiContext;

/**
 * The JavaFX application. Started by the launcher through {@link #launch(UiContext)} (the main
 * window) or {@link #launchError(String)} (only an error dialog, e.g. when the store is in use by
 * another running Trial Workbench). Not a main class itself: JavaFX refuses an {@code Application}
 * subclass as the class-path main class.
 */
public final class DesktopApp extends Application {
    private static volatile UiContext context;
    private static volatile String errorMessage;

    private MainWindow window;

    /** Opens the main window over {@code uiContext}; returns when the window has been closed. */
    public static void launch(UiContext uiContext) {
        context = Objects.requireNonNull(uiContext, "uiContext");
        errorMessage = null;
        Application.launch(DesktopApp.class);
    }

    /** Shows only an error dialog with {@code message}; returns when it has been closed. */
    public static void launchError(String message) {
        errorMessage = Objects.requireNonNull(message, "message");
        context = null;
        Application.launch(DesktopApp.class);
    }

    /** For tests: the context {@link #start} uses, without {@link Application#launch}. */
    static void useContext(UiContext uiContext, String error) {
        context = uiContext;
        errorMessage = error;
    }

    @Override
    public void start(Stage stage) {
        if (errorMessage != null) {
            errorDialog(errorMessage).show();
            return;
        }
        window = MainWindow.create(context, stage);
        window.setBrowser(getHostServices()::showDocument);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
    }

    static Alert errorDialog(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setTitle(MainWindow.TITLE);
        alert.setHeaderText("Trial Workbench cannot start");
        alert.getDialogPane().setId("startErrorPane");
        alert.setOnHidden(e -> Platform.exit());
        return alert;
    }
}
