package org.newsmark.ui.findings;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;

/**
 * JavaFX charts from {@link ChartData}: stacked bars of shares (per outlet) and lines of shares (over
 * the months), each series in its own colour, the legend's symbols too.
 */
final class Charts {

    enum Kind { STACKED_BARS, LINES }

    private Charts() {
    }

    static XYChart<String, Number> create(Kind kind, String id) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        XYChart<String, Number> chart = kind == Kind.STACKED_BARS ? new StackedBarChart<>(x, y) : new LineChart<>(x, y);
        chart.setId(id);
        chart.setAnimated(false);
        chart.getStyleClass().add("findings-chart");
        if (chart instanceof StackedBarChart<String, Number> bars) {
            bars.setCategoryGap(24);
        }
        return chart;
    }

    /**
     * Shows the data; the colours are set once the chart has made its nodes. When only the values
     * changed (a tag), they are changed in place, which costs the window far less than new series.
     */
    static void show(XYChart<String, Number> chart, ChartData data) {
        if (sameShape(chart, data)) {
            for (int s = 0; s < data.series().size(); s++) {
                XYChart.Series<String, Number> series = chart.getData().get(s);
                List<Double> values = data.series().get(s).values();
                int point = 0;
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i) != null) {
                        XYChart.Data<String, Number> shown = series.getData().get(point++);
                        if (shown.getYValue().doubleValue() != values.get(i)) {
                            shown.setYValue(values.get(i));
                        }
                    }
                }
            }
            scale(chart, data);
            return;
        }
        chart.setTitle(data.title());
        chart.getYAxis().setLabel(data.valueAxis());
        CategoryAxis categories = (CategoryAxis) chart.getXAxis();
        // the categories in the data's order (outlets by name, "All outlets" last; months in order), not as met
        categories.setAutoRanging(false);
        categories.getCategories().setAll(data.categories());
        List<XYChart.Series<String, Number>> all = new java.util.ArrayList<>();
        for (ChartData.Series series : data.series()) {
            XYChart.Series<String, Number> shown = new XYChart.Series<>();
            shown.setName(series.name());
            for (int i = 0; i < data.categories().size(); i++) {
                Double value = series.values().get(i);
                if (value != null) {
                    shown.getData().add(new XYChart.Data<>(data.categories().get(i), value));
                }
            }
            all.add(shown);
        }
        chart.getData().setAll(all);
        scale(chart, data);
        Platform.runLater(() -> colour(chart, data));
    }

    /** Shares run from 0 to 100: the axis is fixed there unless a stack goes beyond (shared quotes). */
    private static void scale(XYChart<String, Number> chart, ChartData data) {
        double top = 0;
        for (int i = 0; i < data.categories().size(); i++) {
            double stack = 0;
            for (ChartData.Series series : data.series()) {
                Double value = series.values().get(i);
                if (value != null) {
                    stack = chart instanceof StackedBarChart ? stack + value : Math.max(stack, value);
                }
            }
            top = Math.max(top, stack);
        }
        NumberAxis axis = (NumberAxis) chart.getYAxis();
        boolean percent = top <= 100.0001;
        axis.setAutoRanging(!percent);
        if (percent) {
            axis.setLowerBound(0);
            axis.setUpperBound(100);
            axis.setTickUnit(10);
        }
    }

    /** Whether the chart shows the same categories, series and points (not values) as the data. */
    private static boolean sameShape(XYChart<String, Number> chart, ChartData data) {
        if (!java.util.Objects.equals(chart.getTitle(), data.title())
                || !((CategoryAxis) chart.getXAxis()).getCategories().equals(data.categories())
                || chart.getData().size() != data.series().size() || data.series().isEmpty()) {
            return false;
        }
        for (int s = 0; s < data.series().size(); s++) {
            XYChart.Series<String, Number> series = chart.getData().get(s);
            ChartData.Series wanted = data.series().get(s);
            if (!wanted.name().equals(series.getName())) {
                return false;
            }
            int points = 0;
            for (int i = 0; i < wanted.values().size(); i++) {
                if (wanted.values().get(i) != null) {
                    if (points >= series.getData().size()
                            || !series.getData().get(points).getXValue().equals(data.categories().get(i))) {
                        return false;
                    }
                    points++;
                }
            }
            if (points != series.getData().size()) {
                return false;
            }
        }
        return true;
    }

    /** Gives every series its colour: bars, lines, points and the legend's symbols. */
    static void colour(XYChart<String, Number> chart, ChartData data) {
        chart.applyCss();
        chart.layout();
        for (int i = 0; i < chart.getData().size() && i < data.series().size(); i++) {
            String color = data.series().get(i).color();
            XYChart.Series<String, Number> series = chart.getData().get(i);
            if (chart instanceof LineChart) {
                if (series.getNode() != null) {
                    series.getNode().setStyle("-fx-stroke: " + color + "; -fx-stroke-width: 2.5px;");
                }
                for (XYChart.Data<String, Number> point : series.getData()) {
                    if (point.getNode() != null) {
                        point.getNode().setStyle("-fx-background-color: " + color + ", white;");
                    }
                }
            } else {
                for (XYChart.Data<String, Number> bar : series.getData()) {
                    if (bar.getNode() != null) {
                        bar.getNode().setStyle("-fx-bar-fill: " + color + ";");
                    }
                }
            }
        }
        int index = 0;
        for (Node item : chart.lookupAll(".chart-legend-item")) {
            if (item instanceof javafx.scene.control.Label label && label.getGraphic() != null && index < data.series().size()) {
                label.getGraphic().setStyle("-fx-background-color: " + data.series().get(index).color() + ";");
            }
            index++;
        }
    }
}
