package org.newsmark.ui.findings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.newsmark.analysis.CodeRow;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Codebook;

/**
 * Codes and frames: how often each category was tagged and each document code given, for one outlet
 * (or all) and one month (or all); the shares per outlet and over the months as charts. "What" is
 * either the categories or one document field (the Media Frames codebook's Primary frame, Tone).
 */
public final class CodesViewModel {

    /** The categories, or one document field. */
    public record What(String field) {
        public static final What CATEGORIES = new What(null);

        public boolean categories() {
            return field == null;
        }

        boolean matches(CodeRow row) {
            return categories() ? row.kind().equals(CodeRow.CATEGORY)
                    : row.kind().equals(CodeRow.DOCUMENT_CODE) && row.code().equals(field);
        }

        @Override
        public String toString() {
            return categories() ? "Categories" : field;
        }
    }

    /** A month to look at ({@code YYYY-MM}, or null for articles without a date), or all of them. */
    public record MonthChoice(boolean all, String month) {
        public static final MonthChoice ALL = new MonthChoice(true, null);

        @Override
        public String toString() {
            return all ? "All months" : month == null ? "(no date)" : month;
        }
    }

    private final FindingsViewModel findings;
    private final ObjectProperty<OutletChoice> outlet = new SimpleObjectProperty<>(OutletChoice.ALL);
    private final ObjectProperty<MonthChoice> month = new SimpleObjectProperty<>(MonthChoice.ALL);
    private final ObjectProperty<What> what = new SimpleObjectProperty<>(What.CATEGORIES);
    private final ObservableList<OutletChoice> outlets = FXCollections.observableArrayList(OutletChoice.ALL);
    private final ObservableList<MonthChoice> months = FXCollections.observableArrayList(MonthChoice.ALL);
    private final ObservableList<What> whats = FXCollections.observableArrayList(What.CATEGORIES);
    private final FilteredList<CodeRow> filtered;
    private final SortedList<CodeRow> rows;
    private final ObjectProperty<ChartData> byOutlet = new SimpleObjectProperty<>(new ChartData("", "", List.of(), List.of()));
    private final ObjectProperty<ChartData> overTime = new SimpleObjectProperty<>(new ChartData("", "", List.of(), List.of()));

    public CodesViewModel(FindingsViewModel findings) {
        this.findings = findings;
        filtered = new FilteredList<>(findings.codes(), this::shown);
        rows = new SortedList<>(filtered);
        outlet.addListener((observable, before, after) -> chosen(outlet, after, OutletChoice.ALL));
        month.addListener((observable, before, after) -> chosen(month, after, MonthChoice.ALL));
        what.addListener((observable, before, after) -> chosen(what, after, What.CATEGORIES));
        findings.codes().addListener((ListChangeListener<CodeRow>) change -> {
            updateChoices();
            update();
        });
        findings.codebookProperty().addListener((observable, before, after) -> updateChoices());
    }

    /** A choice of nothing means the first choice: all outlets, all months, the categories. */
    private <T> void chosen(ObjectProperty<T> property, T value, T fallback) {
        if (value == null) {
            property.set(fallback);
        } else {
            update();
        }
    }

    private boolean shown(CodeRow row) {
        return outlet.get().matches(row.allOutlets(), row.outlet()) && row.allMonths() == month.get().all()
                && (month.get().all() || Objects.equals(row.month(), month.get().month())) && what.get().matches(row);
    }

    private void update() {
        filtered.setPredicate(this::shown);
        Codebook codebook = findings.codebookProperty().get();
        byOutlet.set(chart(findings.codes(), what.get(), codebook, true, OutletChoice.ALL));
        overTime.set(chart(findings.codes(), what.get(), codebook, false, outlet.get()));
    }

    private void updateChoices() {
        List<OutletChoice> outletChoices = new ArrayList<>();
        outletChoices.add(OutletChoice.ALL);
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        TreeSet<String> dated = new TreeSet<>();
        boolean noOutlet = false;
        boolean undated = false;
        for (CodeRow row : findings.codes()) {
            if (!row.allOutlets()) {
                if (row.outlet() == null) {
                    noOutlet = true;
                } else {
                    names.add(row.outlet());
                }
            }
            if (!row.allMonths()) {
                if (row.month() == null) {
                    undated = true;
                } else {
                    dated.add(row.month());
                }
            }
        }
        names.forEach(name -> outletChoices.add(OutletChoice.of(name)));
        if (noOutlet) {
            outletChoices.add(OutletChoice.of(null));
        }
        List<MonthChoice> monthChoices = new ArrayList<>();
        monthChoices.add(MonthChoice.ALL);
        dated.forEach(value -> monthChoices.add(new MonthChoice(false, value)));
        if (undated) {
            monthChoices.add(new MonthChoice(false, null));
        }
        List<What> whatChoices = new ArrayList<>();
        whatChoices.add(What.CATEGORIES);
        Codebook codebook = findings.codebookProperty().get();
        if (codebook != null) {
            for (AttributeDefinition field : codebook.documentFields()) {
                whatChoices.add(new What(field.name()));
            }
        }
        replace(outlets, outletChoices, outlet, OutletChoice.ALL);
        replace(months, monthChoices, month, MonthChoice.ALL);
        replace(whats, whatChoices, what, What.CATEGORIES);
    }

    private static <T> void replace(ObservableList<T> list, List<T> choices, ObjectProperty<T> chosen, T fallback) {
        if (!choices.equals(list)) {
            T was = chosen.get();
            list.setAll(choices);
            if (!choices.contains(was)) {
                chosen.set(fallback);
            }
        }
    }

    /**
     * Shares in percent: per outlet (and all) over all months, or per month for one outlet (or all).
     * One series per category or value, in the table's order.
     */
    static ChartData chart(List<CodeRow> codes, What what, Codebook codebook, boolean perOutlet, OutletChoice outletChoice) {
        List<String> categories = new ArrayList<>();
        Map<String, Map<String, Double>> shares = new LinkedHashMap<>();
        for (CodeRow row : codes) {
            if (!what.matches(row)) {
                continue;
            }
            String category;
            if (perOutlet) {
                if (!row.allMonths()) {
                    continue;
                }
                category = row.allOutlets() ? "All outlets" : row.outlet() == null ? "(no outlet)" : row.outlet();
            } else {
                if (row.allMonths() || row.month() == null || !outletChoice.matches(row.allOutlets(), row.outlet())) {
                    continue;
                }
                category = row.month();
            }
            if (!categories.contains(category)) {
                categories.add(category);
            }
            String name = what.categories() ? row.code() : row.value();
            shares.computeIfAbsent(name, key -> new LinkedHashMap<>()).put(category, 100 * row.share());
        }
        if (!perOutlet) {
            categories.sort(null);
        }
        Palette palette = what.categories() ? new Palette(codebook) : new Palette();
        List<ChartData.Series> series = new ArrayList<>();
        shares.forEach((name, values) -> {
            List<Double> points = new ArrayList<>();
            categories.forEach(category -> points.add(values.getOrDefault(category, perOutlet ? null : 0.0)));
            series.add(new ChartData.Series(name, palette.colorOf(name), points));
        });
        String subject = what.categories() ? "Categories' shares of annotations" : what.field() + ": shares of articles";
        return new ChartData(perOutlet ? subject + ", per outlet" : subject + ", by month (" + outletChoice.label() + ")",
                what.categories() ? "% of annotations" : "% of coded articles", categories, series);
    }

    /** Writes the whole Codes table, as `newsmark report codes` does. */
    public void exportCsv(Path target, boolean byteOrderMark) {
        List<List<Object>> cells = new ArrayList<>();
        findings.codes().forEach(row -> cells.add(row.cells()));
        findings.exportCsv(CodeRow.COLUMNS, cells, target, byteOrderMark);
    }

    public ObjectProperty<OutletChoice> outletProperty() {
        return outlet;
    }

    public ObjectProperty<MonthChoice> monthProperty() {
        return month;
    }

    public ObjectProperty<What> whatProperty() {
        return what;
    }

    public ObservableList<OutletChoice> outlets() {
        return outlets;
    }

    public ObservableList<MonthChoice> months() {
        return months;
    }

    public ObservableList<What> whats() {
        return whats;
    }

    public SortedList<CodeRow> rows() {
        return rows;
    }

    public ObjectProperty<ChartData> byOutletProperty() {
        return byOutlet;
    }

    public ObjectProperty<ChartData> overTimeProperty() {
        return overTime;
    }

    public FindingsViewModel findings() {
        return findings;
    }
}
