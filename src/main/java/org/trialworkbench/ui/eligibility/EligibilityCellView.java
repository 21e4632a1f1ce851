package org.trialworkbench.ui.eligibility;

import org.trialworkbench.model.FlagTexts;
import org.trialworkbench.model.FlagText;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trialworkbench.model.comparison.CellEntry;
import org.trialworkbench.model.comparison.EligibilityCell;
import org.trialworkbench.model.comparison.EligibilityRow;
import org.trialworkbench.ui.AnnotationBadge;
import org.trialworkbench.ui.AnnotationMark;
import org.trialworkbench.ui.AnnotationMarks;

/**
 * One cell of the eligibility grid: each entry's text with its flags as badges, and the row's
 * verdict for this trial in words ("stricter", "looser", "same") next to a coloured left border,
 * so the verdict never depends on colour alone. The criterion's source text is the tooltip, made
 * when the pointer first enters the cell. A cell whose criteria (or field) carry notes shows a
 * "✎ tag" badge, {@code :annotated} and the notes' first words in the tooltip.
 */
final class EligibilityCellView extends VBox {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final String trialId;
    private final List<String> targets;
    private final AnnotationBadge badge = new AnnotationBadge();
    private final LazyTooltip tooltip;
    private AnnotationMark mark;

    EligibilityCellView(EligibilityRow row, EligibilityCell cell, int trialCount, IntConsumer onSelect) {
        getStyleClass().add("elig-cell");
        if (row.differs()) {
            getStyleClass().add("differs");
        }
        setUserData(cell.trialId());
        trialId = cell.trialId();
        targets = targets(row, cell);
        if (!cell.stated()) {
            Label none = new Label("not stated");
            none.getStyleClass().add("elig-not-stated");
            getChildren().add(none);
        } else {
            for (int i = 0; i < cell.entries().size(); i++) {
                getChildren().add(entry(cell.entries().get(i), i, onSelect));
            }
        }
        String source = cell.stated() ? null : cell.trialId() + " states nothing for this row.";
        tooltip = LazyTooltip.install(this, () -> AnnotationMark.appendTo(
                source != null ? source : sourceTexts(cell.entries()), mark));
        verdict(cell.verdict(), trialCount);
        getChildren().add(badge);
        setOnMouseClicked(e -> onSelect.accept(0));
        // A click puts the keyboard focus here, so shortcuts (Ctrl+Z) reach the window, not a field left focused.
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        // Reachable with Tab; Enter or Space selects, as a click does.
        setFocusTraversable(true);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                onSelect.accept(0);
                e.consume();
            }
        });
    }

    /** Shows the notes on this cell's criteria or field (none: no badge), without rebuilding the cell. */
    void markAnnotations(AnnotationMarks marks) {
        mark = marks.ofAny(trialId, targets);
        badge.show(mark, this);
        tooltip.refresh();
    }

    /** The annotation targets the cell shows: its field, or the criteria of its entries. */
    private static List<String> targets(EligibilityRow row, EligibilityCell cell) {
        if (!cell.stated()) {
            String field = EligibilityDetails.target(row, null);
            return field == null ? List.of() : List.of(field);
        }
        return cell.entries().stream().map(e -> EligibilityDetails.target(row, e)).filter(t -> t != null)
                .distinct().toList();
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
