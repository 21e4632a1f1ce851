package org.trialworkbench.ui.eligibility;

import javafx.geometry.Orientation;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.trialworkbench.service.CompareUseCase;
import org.trialworkbench.ui.AnnotationBadge;
import org.trialworkbench.ui.AppState;
import org.trialworkbench.ui.TaskRunner;

/**
 * The Eligibility tab: a tool bar (search box, "Only rows that differ", row count), the aligned
 * grid (virtualized: only the rows in view are built), and the detail pane of the selected cell below it. Node ids: {@code #eligibilityPanel},
 * {@code #eligibilitySearch}, {@code #eligibilityDiffersOnly}, {@code #eligibilityGrid},
 * {@code #eligibilityDetail}.
 */
public final class EligibilityPanel extends BorderPane {
    private static final String CSS = "eligibility.css";

    private final EligibilityPanelViewModel model;
    private final Label empty;

    public EligibilityPanel(AppState state, CompareUseCase comparer, TaskRunner runner, String emptyText) {
        this(new EligibilityPanelViewModel(state, comparer, runner), state, emptyText);
    }

    public EligibilityPanel(EligibilityPanelViewModel model, AppState state, String emptyText) {
        this.model = model;
        setId("eligibilityPanel");
        getStyleClass().add("elig-panel");
        getStylesheets().addAll(EligibilityPanel.class.getResource(CSS).toExternalForm(), AnnotationBadge.STYLESHEET);
        EligibilityGrid grid = new EligibilityGrid(model, state::removeFromComparison);
        ScrollPane detail = new ScrollPane(new EligibilityDetailView(model));
        detail.setFitToWidth(true);
        detail.getStyleClass().add("elig-detail-scroll");
        SplitPane split = new SplitPane(withStickyHeader(grid), detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.72);
        empty = new Label(emptyText);
        empty.getStyleClass().add("empty-comparison");
        empty.setWrapText(true);
        setTop(toolBar());
        model.columnsProperty().addListener((obs, old, now) -> setCenter(now.isEmpty() ? empty : split));
        setCenter(model.columnsProperty().get().isEmpty() ? empty : split);
        model.selectionProperty().addListener((obs, old, now) -> grid.reveal(now));
    }

    /** The headers above the scrolling rows, moved sideways with them and clipped to their width. */
    private static VBox withStickyHeader(EligibilityGrid grid) {
        Pane strip = new Pane(grid.header());
        strip.getStyleClass().add("elig-header-strip");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(strip.widthProperty());
        clip.heightProperty().bind(strip.heightProperty());
        strip.setClip(clip);
        strip.minHeightProperty().bind(grid.header().heightProperty());
        VBox box = new VBox(strip, grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        return box;
    }

    public EligibilityPanelViewModel model() {
        return model;
    }

    private HBox toolBar() {
        TextField search = new TextField();
        search.setId("eligibilitySearch");
        search.setPromptText("Search rows and cells");
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(model.searchProperty());
        CheckBox differsOnly = new CheckBox("Only rows that differ");
        differsOnly.setId("eligibilityDiffersOnly");
        differsOnly.selectedProperty().bindBidirectional(model.differsOnlyProperty());
        Label count = new Label();
        count.setId("eligibilityRowCount");
        count.getStyleClass().add("hint");
        model.visibleRowsProperty().addListener((obs, old, now) -> count.setText(countText()));
        model.computingProperty().addListener((obs, old, now) -> count.setText(countText()));
        count.setText(countText());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, search, differsOnly, gap, count);
        bar.getStyleClass().add("elig-toolbar");
        return bar;
    }

    private String countText() {
        if (model.computingProperty().get()) {
            return "Comparing…";
        }
        int all = model.allRows().size();
        int shown = model.visibleRows().size();
        return all == 0 ? "" : shown == all ? all + " rows" : shown + " of " + all + " rows";
    }
}
