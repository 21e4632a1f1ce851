package org.trialworkbench.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.trialworkbench.model.Trial;
import org.trialworkbench.ui.Texts;

/**
 * Base of the three comparison panels' view-models: follows the compared trials and derives the
 * column headers and aligned rows. Subclasses say which rows a panel has ({@link #rowsFor}).
 */
public abstract class ComparisonPanelViewModel {
    private final ReadOnlyObjectWrapper<ComparisonTable> table =
            new ReadOnlyObjectWrapper<>(new ComparisonTable(List.of(), List.of()));

    protected ComparisonPanelViewModel(ObservableList<Trial> comparedTrials) {
        comparedTrials.addListener((ListChangeListener<Trial>) c -> rebuild(comparedTrials));
        rebuild(comparedTrials);
    }

    /** Headers and rows, replaced together so a view never sees columns and rows out of step. */
    public ReadOnlyObjectProperty<ComparisonTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public List<ComparedColumn> columns() {
        return table.get().columns();
    }

    public List<ComparisonRow> rows() {
        return table.get().rows();
    }

    /** The rows for these trials, values in the trials' order. */
    protected abstract List<ComparisonRow> rowsFor(List<Trial> trials);

    private void rebuild(List<Trial> trials) {
        List<Trial> copy = List.copyOf(trials);
        table.set(new ComparisonTable(copy.stream().map(t -> new ComparedColumn(t.id(), t.briefTitle())).toList(),
                copy.isEmpty() ? List.of() : rowsFor(copy)));
    }

    /** A row with one value per trial. */
    protected static ComparisonRow field(String section, String label, List<Trial> trials,
                                         Function<Trial, String> value) {
        return new ComparisonRow(section, label, trials.stream().map(value).map(Texts::orMissing).toList());
    }

    /**
     * One row per item key across the trials (union of keys, {@link KeyOrder}); a trial without
     * that key shows {@link Texts#MISSING}.
     */
    protected static <T> List<ComparisonRow> keyed(String section, List<Trial> trials,
                                                   Function<Trial, List<T>> items, Function<T, String> key,
                                                   Function<T, String> value) {
        List<String> keys = KeyOrder.union(trials.stream().map(t -> items.apply(t).stream().map(key).toList())
                .toList());
        List<ComparisonRow> result = new ArrayList<>();
        for (String k : keys) {
            List<String> values = trials.stream().map(t -> items.apply(t).stream()
                    .filter(item -> key.apply(item).equals(k)).findFirst()
                    .map(value).map(Texts::orMissing).orElse(Texts.MISSING)).toList();
            result.add(new ComparisonRow(section, k, values));
        }
        return result;
    }

    /** One row per position (items without keys, such as arms): "Arm 1", "Arm 2" … */
    protected static <T> List<ComparisonRow> positional(String section, String itemName, List<Trial> trials,
                                                        Function<Trial, List<T>> items, Function<T, String> value) {
        int max = trials.stream().mapToInt(t -> items.apply(t).size()).max().orElse(0);
        List<ComparisonRow> result = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            int index = i;
            List<String> values = trials.stream().map(t -> {
                List<T> list = items.apply(t);
                return index < list.size() ? Texts.orMissing(value.apply(list.get(index))) : Texts.MISSING;
            }).toList();
            result.add(new ComparisonRow(section, itemName + " " + (i + 1), values));
        }
        return result;
    }

    /** Joins the non-blank parts with line breaks. */
    protected static String lines(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p);
            }
        }
        return String.join("\n", kept);
    }
}
