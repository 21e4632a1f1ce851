package org.trialworkbench.ui.cohorts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trialworkbench.ui.AnnotationBadge;
import org.trialworkbench.ui.AnnotationMark;
import org.trialworkbench.ui.AnnotationMarks;
import org.trialworkbench.ui.SelectedTarget;

/**
 * The left side of the tab: per compared trial a heading, its cohort table ({@code #cohorts-<trialId>})
 * and its arms and interventions ({@code #items-<trialId>}, expanded when no cohorts were read).
 * One row at a time is selected across all tables. Annotated rows ({@code :annotated}, a "✎ tag"
 * badge in a leading Notes column shown while the table has a note, the notes on hover) and trials (a badge by the id) are re-marked
 * without a rebuild when the notes change.
 */
final class CohortTables extends VBox {
    private static final double HEADER_HEIGHT = 46;
    private static final double MIN_COLUMN_SHARE = 0.9;
    static final String NOTHING_COMPARED = "No trials compared yet. Select 2 or more trials in the list and press "
            + "Compare, or drag them here.";

    private final DoseCohortsPanelViewModel model;
    private final AnnotationMarks marks;
    private final List<TableView<?>> tables = new ArrayList<>();
    private final List<NotesColumn<?>> notesColumns = new ArrayList<>();
    private final Map<String, HBox> headings = new HashMap<>();
    private final Map<String, AnnotationBadge> headingBadges = new HashMap<>();

    CohortTables(DoseCohortsPanelViewModel model, AnnotationMarks marks) {
        this.model = model;
        this.marks = marks;
        setId("cohortTables");
        getStyleClass().add("cohort-tables");
        model.trials().addListener((ListChangeListener<TrialCohorts>) change -> rebuild());
        marks.revisionProperty().addListener((obs, old, now) -> markAnnotations());
        rebuild();
    }

    /** Re-marks the annotated rows (a refresh of the tables' cells) and trials, without a rebuild. */
    private void markAnnotations() {
        notesColumns.forEach(NotesColumn::remark);
        markTrials();
    }

    private void markTrials() {
        headingBadges.forEach((trialId, badge) -> badge.show(marks.of(trialId, "trial"), headings.get(trialId)));
    }

    private void rebuild() {
        tables.clear();
        notesColumns.clear();
        headings.clear();
        headingBadges.clear();
        getChildren().clear();
        List<TrialCohorts> trials = List.copyOf(model.trials());
        if (trials.isEmpty()) {
            Label empty = new Label(NOTHING_COMPARED);
            empty.setWrapText(true);
            empty.getStyleClass().add("empty-comparison");
            getChildren().add(empty);
            return;
        }
        TrialColors colors = new TrialColors(trials.stream().map(TrialCohorts::trialId).toList());
        for (TrialCohorts trial : trials) {
            getChildren().add(section(trial, colors.of(trial.trialId())));
        }
        markTrials();
    }

    private VBox section(TrialCohorts trial, String color) {
        TableView<CohortRow> cohorts = table(trial.cohorts(), "cohorts-" + trial.trialId(), CohortRow::target);
        Function<CohortRow, AnnotationMark> mark = r -> marks.of(r.target());
        List<TableColumn<CohortRow, String>> columns = new ArrayList<>(List.of(
                TextColumns.of("Cohort", 70, CohortRow::cohort, CohortRow::source, mark),
                TextColumns.of("Partici-\npants", 66, CohortRow::participants, CohortRow::source, mark),
                TextColumns.of("Inter-\nvention", 95, CohortRow::intervention, CohortRow::source, mark),
                TextColumns.of("Dose per\nadministration", 112, CohortRow::dose, CohortRow::source, mark),
                TextColumns.of("Adminis-\ntrations", 76, CohortRow::administrations, CohortRow::source, mark),
                TextColumns.of("Inter-\nval", 58, CohortRow::interval, CohortRow::source, mark),
                TextColumns.of("Cumulative dose", 112, CohortRow::cumulative, CohortRow::source, mark),
                TextColumns.of("Gate to next cohort", 94, CohortRow::gate, CohortRow::source, mark)));
        if (trial.cohorts().stream().anyMatch(r -> r.escalation() != null)) {
            // Only a trial that escalates in parallel has the column: which escalation each step is of.
            columns.add(1, TextColumns.of("Escalation", 80, CohortRow::escalation, CohortRow::source, mark));
        }
        cohorts.getColumns().setAll(columns);
        Label empty = new Label(trial.emptyMessage() == null ? "" : trial.emptyMessage());
        empty.getStyleClass().add("no-cohorts");
        empty.setWrapText(true);
        cohorts.setPlaceholder(empty);
        notesColumns.add(new NotesColumn<>(cohorts, mark));
        keepColumnWidths(cohorts);
        fitRows(cohorts);
        selectOnClick(cohorts, CohortRow::target);

        HBox heading = heading(trial, color);
        AnnotationBadge badge = new AnnotationBadge();
        heading.getChildren().add(2, badge);
        headings.put(trial.trialId(), heading);
        headingBadges.put(trial.trialId(), badge);
        VBox section = new VBox(4, heading, cohorts, items(trial));
        section.getStyleClass().add("trial-cohorts");
        return section;
    }

    private TitledPane items(TrialCohorts trial) {
        TableView<ItemRow> items = table(trial.items(), "items-" + trial.trialId(), ItemRow::target);
        Function<ItemRow, AnnotationMark> mark = r -> marks.of(r.target());
        items.getColumns().setAll(List.of(
                TextColumns.of("Kind", 85, ItemRow::kind, null, mark),
                TextColumns.of("Label or name", 160, ItemRow::name, null, mark),
                TextColumns.of("Type", 90, ItemRow::type, null, mark),
                TextColumns.of("Description", 300, ItemRow::description, null, mark)));
        items.setPlaceholder(new Label("No arms or interventions in this trial's record"));
        notesColumns.add(new NotesColumn<>(items, mark));
        keepColumnWidths(items);
        fitRows(items);
        selectOnClick(items, ItemRow::target);
        TitledPane pane = new TitledPane("Arms and interventions (" + trial.items().size() + ")", items);
        pane.getStyleClass().add("trial-items");
        pane.setExpanded(trial.cohorts().isEmpty());
        pane.setAnimated(false);
        return pane;
    }

    private static HBox heading(TrialCohorts trial, String color) {
        Region swatch = new Region();
        swatch.getStyleClass().add("trial-swatch");
        swatch.setStyle("-fx-background-color: " + color + ";");
        Label id = new Label(trial.trialId());
        id.getStyleClass().add("trial-id");
        id.setMinWidth(Region.USE_PREF_SIZE); // the id must stay whole; the title may be cut
        swatch.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(trial.title());
        title.getStyleClass().add("trial-title");
        HBox heading = new HBox(8, swatch, id, title);
        heading.getStyleClass().add("trial-heading");
        return heading;
    }

    /** A table (sized to its rows by {@link #fitRows} once its columns are set). */
    private <R> TableView<R> table(List<R> rows, String id, Function<R, SelectedTarget> target) {
        TableView<R> table = new TableView<>(FXCollections.observableArrayList(rows));
        table.setId(id);
        Function<R, AnnotationMark> mark = r -> marks.of(target.apply(r));
        table.setRowFactory(t -> new MarkedRow<>(mark));
        // Columns keep readable widths (the last one takes any spare room); the outer pane scrolls sideways.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tables.add(table);
        return table;
    }

    /**
     * Rows tall enough for the table's longest cell text ({@link RowHeights}), again whenever a column's
     * width changes; the table exactly as tall as its rows (the outer pane scrolls), at least one row for
     * the placeholder.
     */
    private static void fitRows(TableView<?> table) {
        fitRowsNow(table);
        table.getColumns().forEach(c -> c.widthProperty().addListener((obs, old, now) -> fitRowsNow(table)));
    }

    private static void fitRowsNow(TableView<?> table) {
        double rowHeight = RowHeights.fitting(table, MIN_COLUMN_SHARE, NotesColumn.STYLE);
        table.setFixedCellSize(rowHeight);
        double height = HEADER_HEIGHT + Math.max(1, table.getItems().size()) * rowHeight + 4;
        table.setPrefHeight(height);
        table.setMinHeight(height);
        table.setMaxHeight(height);
    }

    /**
     * Columns shrink a little with the pane (cells wrap) but not below {@link #MIN_COLUMN_SHARE} of their
     * preferred widths: then the outer pane scrolls sideways instead of cutting every text short.
     */
    private static void keepColumnWidths(TableView<?> table) {
        // Not counting the Notes column: a note should not widen every table of the tab.
        table.setMinWidth(table.getColumns().stream().filter(c -> !c.getStyleClass().contains(NotesColumn.STYLE))
                .mapToDouble(c -> c.getPrefWidth()).sum() * MIN_COLUMN_SHARE);
    }

    private <R> void selectOnClick(TableView<R> table, Function<R, SelectedTarget> target) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row == null) {
                return;
            }
            tables.stream().filter(t -> t != table).forEach(t -> t.getSelectionModel().clearSelection());
            model.select(target.apply(row));
        });
    }
}
