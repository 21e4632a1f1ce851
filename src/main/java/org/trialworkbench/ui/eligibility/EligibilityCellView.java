package org.trialworkbench.ui.eligibility;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trialworkbench.model.comparison.CellEntry;
import org.trialworkbench.model.comparison.EligibilityCell;
import org.trialworkbench.model.comparison.EligibilityRow;

/**
 * One cell of the eligibility grid: each entry's text with its flags as badges, and the row's
 * verdict for this trial in words ("stricter", "looser", "same") next to a coloured left border,
 * so the verdict never depends on colour alone. The criterion's source text is the tooltip, made
 * when the pointer first enters the cell.
 */
final class EligibilityCellView extends VBox {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    EligibilityCellView(EligibilityRow row, EligibilityCell cell, int trialCount, IntConsumer onSelect) {
        getStyleClass().add("elig-cell");
        if (row.differs()) {
            getStyleClass().add("differs");
        }
        setUserData(cell.trialId());
        if (!cell.stated()) {
            Label none = new Label("not stated");
            none.getStyleClass().add("elig-not-stated");
            getChildren().add(none);
        } else {
            for (int i = 0; i < cell.entries().size(); i++) {
                getChildren().add(entry(cell.entries().get(i), i, onSelect));
            }
        }
        LazyTooltip.install(this, () -> cell.stated() ? sourceTexts(cell.entries())
                : cell.trialId() + " states nothing for this row.");
        verdict(cell.verdict(), trialCount);
        setOnMouseClicked(e -> onSelect.accept(0));
        // Reachable with Tab; Enter or Space selects, as a click does.
        setFocusTraversable(true);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                onSelect.accept(0);
                e.consume();
            }
        });
    }

    /** The entry's text; with flags, the text and its badges in a box. */
    private Region entry(CellEntry entry, int index, IntConsumer onSelect) {
        Label text = new Label(entry.display());
        text.getStyleClass().add("elig-entry-text");
        text.setWrapText(true);
        List<FlagText> flags = FlagTexts.of(entry.flags());
        Region box = flags.isEmpty() ? text : withBadges(text, flags);
        box.getStyleClass().add("elig-entry");
        box.setOnMouseClicked(e -> {
            onSelect.accept(index);
            e.consume();
        });
        return box;
    }

    private static VBox withBadges(Label text, List<FlagText> flags) {
        FlowPane badges = new FlowPane(4, 2);
        for (FlagText f : flags) {
            Label badge = new Label((f.warning() ? "⚠ " : "") + f.badge());
            badge.getStyleClass().addAll("elig-badge", f.warning() ? "warning" : "note");
            badges.getChildren().add(badge);
        }
        return new VBox(2, text, badges);
    }

    private void verdict(EligibilityCell.Verdict verdict, int trialCount) {
        String word = switch (verdict) {
            case STRICTEST -> trialCount > 2 ? "strictest" : "stricter";
            case LOOSEST -> trialCount > 2 ? "loosest" : "looser";
            case SAME -> "same";
            case NONE -> null;
        };
        if (word == null) {
            return;
        }
        getStyleClass().add("verdict-" + verdict.name().toLowerCase(java.util.Locale.ROOT));
        Label label = new Label(word);
        label.getStyleClass().add("elig-verdict");
        getChildren().add(label);
    }

    private static String sourceTexts(List<CellEntry> entries) {
        String text = entries.stream().map(e -> e.sourceText() == null ? e.display()
                        : (e.criterionKey() == null ? "" : e.criterionKey() + ": ") + e.sourceText())
                .distinct().collect(Collectors.joining("\n\n"));
        return text.isBlank() ? "—" : text;
    }
}
