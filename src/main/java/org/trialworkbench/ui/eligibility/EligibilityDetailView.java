package org.trialworkbench.ui.eligibility;

import org.trialworkbench.model.FlagText;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The pane under the grid: for the selected cell, the criterion's full source text with the span
 * that was read in bold and underlined, the key and kind, the reading, and the flags in words.
 */
final class EligibilityDetailView extends VBox {
    private static final String PROMPT = "Select a cell to see the criterion's source text and what was read from it.";

    EligibilityDetailView(EligibilityPanelViewModel model) {
        setId("eligibilityDetail");
        getStyleClass().add("elig-detail");
        setSpacing(4);
        model.detailProperty().addListener((obs, old, now) -> show(now));
        show(model.detailProperty().get());
    }

    private void show(EligibilityDetail detail) {
        getChildren().clear();
        if (detail == null) {
            getChildren().add(styled(new Label(PROMPT), "elig-detail-prompt"));
            return;
        }
        getChildren().add(styled(new Label(detail.heading()), "elig-detail-heading"));
        getChildren().add(styled(new Label("Kind: " + detail.kindText()), "elig-detail-line"));
        getChildren().add(styled(new Label("Read: " + detail.reading()), "elig-detail-line"));
        if (!detail.source().before().isEmpty() || detail.source().found()) {
            getChildren().add(source(detail.source()));
        }
        for (FlagText f : detail.flags()) {
            Label flag = new Label((f.warning() ? "⚠ " : "") + f.badge() + ": " + f.explanation());
            flag.getStyleClass().addAll("elig-detail-flag", f.warning() ? "warning" : "note");
            flag.setWrapText(true);
            getChildren().add(flag);
        }
        String target = detail.target() == null ? "nothing to annotate in this cell" : detail.target();
        getChildren().add(styled(new Label("Notes attach to: " + target), "elig-detail-target"));
    }

    private static TextFlow source(SourceSpan source) {
        Text before = new Text(source.before());
        Text span = new Text(source.span());
        span.getStyleClass().add("elig-span");
        span.setUnderline(true);
        Text after = new Text(source.after());
        TextFlow flow = new TextFlow(before, span, after);
        flow.setId("eligibilitySourceText");
        flow.getStyleClass().add("elig-source");
        return flow;
    }

    private static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }
}
