package org.newsmark.ui.findings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.newsmark.analysis.ClaimRow;
import org.newsmark.analysis.VoiceRow;
import org.newsmark.analysis.VoiceRow.Level;

/**
 * Who gets a voice: the Voices rows of one outlet (or all) and one level (speakers or speaker types),
 * the quotes of the chosen row, and the chart of speaker types' shares per outlet.
 */
public final class VoicesViewModel {

    private final FindingsViewModel findings;
    private final ObjectProperty<OutletChoice> outlet = new SimpleObjectProperty<>(OutletChoice.ALL);
    private final ObjectProperty<Level> level = new SimpleObjectProperty<>(Level.SPEAKER);
    private final ObservableList<OutletChoice> outlets = FXCollections.observableArrayList(OutletChoice.ALL);
    private final SortedList<VoiceRow> rows;
    private final javafx.beans.property.StringProperty shown = new javafx.beans.property.SimpleStringProperty("");
    private final ObjectProperty<VoiceRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<ClaimRow> quotes = FXCollections.observableArrayList();
    private final ObjectProperty<ChartData> chart = new SimpleObjectProperty<>();

    public VoicesViewModel(FindingsViewModel findings) {
        this.findings = findings;
        rows = new SortedList<>(findings.voices());
        outlet.addListener((observable, before, after) -> {
            if (after == null) {
                outlet.set(OutletChoice.ALL);
            } else {
                choose();
            }
        });
        level.addListener((observable, before, after) -> {
            if (after == null) {
                level.set(Level.SPEAKER);
            } else {
                choose();
            }
        });
        findings.voiceOutlets().addListener((ListChangeListener<String>) change -> updateOutlets());
        updateOutlets();
        findings.voices().addListener((ListChangeListener<VoiceRow>) change -> reselect());
        selected.addListener((observable, before, after) -> showQuotes(after));
        chart.bind(findings.voicesChartProperty());
        shown.bind(javafx.beans.binding.Bindings.createStringBinding(() -> findings.voicesTotalProperty().get()
                > findings.voices().size() ? String.format(java.util.Locale.ROOT,
                "The %,d most quoted of %,d rows; Export Table as CSV for all of them.", findings.voices().size(),
                findings.voicesTotalProperty().get()) : "", findings.voicesTotalProperty(), findings.voices()));
    }

    private void updateOutlets() {
        List<OutletChoice> choices = new ArrayList<>();
        choices.add(OutletChoice.ALL);
        findings.voiceOutlets().forEach(name -> choices.add(OutletChoice.of(name)));
        OutletChoice chosen = outlet.get();
        outlets.setAll(choices);
        if (!choices.contains(chosen)) {
            outlet.set(OutletChoice.ALL);
        }
    }

    private void choose() {
        findings.chooseVoices(new FindingsViewModel.VoicesChoice(outlet.get().all(), outlet.get().outlet(), level.get()));
    }

    /** After a count the chosen row is a new object: choose its successor, so its quotes stay shown. */
    private void reselect() {
        VoiceRow was = selected.get();
        if (was == null) {
            return;
        }
        VoiceRow now = findings.voices().stream().filter(row -> sameRow(row, was)).findFirst().orElse(null);
        if (now == null || !now.equals(was)) {
            selected.set(now);
        }
        if (now == null) {
            quotes.clear();
        }
    }

    private static boolean sameRow(VoiceRow a, VoiceRow b) {
        return a.allOutlets() == b.allOutlets() && Objects.equals(a.outlet(), b.outlet()) && a.level() == b.level()
                && a.speaker().equals(b.speaker()) && a.speakerId().equals(b.speakerId())
                && a.speakerType().equals(b.speakerType());
    }

    private void showQuotes(VoiceRow row) {
        if (row == null) {
            quotes.clear();
            return;
        }
        findings.quotesOf(row, found -> {
            if (row == selected.get()) {
                quotes.setAll(found);
            }
        });
    }

    /** Speaker types' shares of each outlet's quotes (and of all), in percent, most quoted types first. */
    static ChartData chartOf(List<VoiceRow> voices) {
        List<String> categories = new ArrayList<>();
        Map<String, Map<String, Double>> shares = new LinkedHashMap<>();
        Map<String, Integer> quotesByType = new LinkedHashMap<>();
        for (VoiceRow row : voices) {
            if (row.level() != Level.SPEAKER_TYPE) {
                continue;
            }
            String category = row.allOutlets() ? "All outlets" : row.outlet() == null ? "(no outlet)" : row.outlet();
            if (!categories.contains(category)) {
                categories.add(category);
            }
            shares.computeIfAbsent(row.speakerType(), type -> new LinkedHashMap<>()).put(category, 100 * row.shareOfQuotes());
            if (row.allOutlets()) {
                quotesByType.put(row.speakerType(), row.quotes());
            }
        }
        List<String> types = new ArrayList<>(shares.keySet());
        types.sort((a, b) -> Integer.compare(quotesByType.getOrDefault(b, 0), quotesByType.getOrDefault(a, 0)));
        Palette palette = new Palette();
        List<ChartData.Series> series = new ArrayList<>();
        for (String type : types) {
            List<Double> values = new ArrayList<>();
            categories.forEach(category -> values.add(shares.get(type).get(category)));
            series.add(new ChartData.Series(type, palette.colorOf(type), values));
        }
        return new ChartData("Speaker types' shares of quotes, per outlet", "% of the outlet's quotes", categories, series);
    }

    /** Writes the whole Voices table, every outlet and level, as `newsmark report voices` does. */
    public void exportCsv(Path target, boolean byteOrderMark) {
        findings.exportVoicesCsv(target, byteOrderMark);
    }

    /** Says when the table lists only the most quoted rows. */
    public javafx.beans.property.ReadOnlyStringProperty shownProperty() {
        return shown;
    }

    public void open(ClaimRow quote) {
        findings.open(quote);
    }

    public ObjectProperty<OutletChoice> outletProperty() {
        return outlet;
    }

    public ObjectProperty<Level> levelProperty() {
        return level;
    }

    public ObservableList<OutletChoice> outlets() {
        return outlets;
    }

    public SortedList<VoiceRow> rows() {
        return rows;
    }

    public ObjectProperty<VoiceRow> selectedProperty() {
        return selected;
    }

    public ObservableList<ClaimRow> quotes() {
        return quotes;
    }

    public javafx.beans.property.ReadOnlyObjectProperty<ChartData> chartProperty() {
        return chart;
    }

    public FindingsViewModel findings() {
        return findings;
    }
}
