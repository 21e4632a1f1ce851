package org.trialworkbench.ui.compare;

import java.util.Arrays;
import java.util.List;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;

/** The drag-and-drop format for trial ids dragged from the list onto the comparison. */
public final class TrialDrag {
    private static final String MIME = "application/x-trialworkbench-trial-ids";
    /** A DataFormat may be created once per JVM; look it up when it exists (tests build several windows). */
    public static final DataFormat FORMAT = DataFormat.lookupMimeType(MIME) != null
            ? DataFormat.lookupMimeType(MIME) : new DataFormat(MIME);

    private TrialDrag() {
    }

    public static ClipboardContent content(List<String> trialIds) {
        ClipboardContent content = new ClipboardContent();
        content.put(FORMAT, String.join("\n", trialIds));
        return content;
    }

    public static boolean carriesTrials(Dragboard board) {
        return board.hasContent(FORMAT);
    }

    public static List<String> trialIds(Dragboard board) {
        Object value = board.getContent(FORMAT);
        return value == null ? List.of()
                : Arrays.stream(value.toString().split("\n")).filter(s -> !s.isBlank()).toList();
    }
}
