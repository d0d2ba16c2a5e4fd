package org.newsmark.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Category;
import org.newsmark.model.Codebook;

/**
 * Counts categories and document codes per outlet and month (docs/findings.md, "Codes"): every
 * annotation under its own category, every article's value of every document field. Annotations of
 * categories no longer in the codebook are not counted (the notes say how many).
 */
public final class Codes {

    private Codes() {
    }

    private record Cell(boolean allOutlets, String outlet, boolean allMonths, String month) {
    }

    private static final class CellTally {
        int articles;
        int annotations;
        final Map<Long, Integer> categories = new HashMap<>();
        final Map<Long, Map<String, Integer>> values = new HashMap<>();
        final Map<Long, Integer> coded = new HashMap<>();
    }

    public static List<CodeRow> count(List<ArticleFindings> articles, Codebook codebook) {
        Map<Long, Category> categories = new HashMap<>();
        codebook.categories().forEach(category -> categories.put(category.id(), category));
        Map<Long, AttributeDefinition> fields = new HashMap<>();
        codebook.documentFields().forEach(field -> fields.put(field.id(), field));
        Map<Cell, CellTally> cells = new HashMap<>();
        List<Cell> of = new ArrayList<>(4);
        for (ArticleFindings article : articles) {
            of.clear();
            for (boolean allOutlets : new boolean[] {false, true}) {
                for (boolean allMonths : new boolean[] {false, true}) {
                    of.add(new Cell(allOutlets, allOutlets ? null : article.outlet(), allMonths, allMonths ? null : article.month()));
                }
            }
            for (Cell cell : of) {
                CellTally tally = cells.computeIfAbsent(cell, c -> new CellTally());
                tally.articles++;
                article.article().categoryCounts().forEach((category, count) -> {
                    if (categories.containsKey(category)) {
                        tally.annotations += count;
                        tally.categories.merge(category, count, Integer::sum);
                    }
                });
                article.article().codes().forEach((field, value) -> {
                    if (fields.containsKey(field) && value != null) {
                        tally.coded.merge(field, 1, Integer::sum);
                        tally.values.computeIfAbsent(field, f -> new HashMap<>()).merge(value, 1, Integer::sum);
                    }
                });
            }
        }
        List<CodeRow> rows = new ArrayList<>();
        List<Cell> ordered = new ArrayList<>(cells.keySet());
        ordered.sort(CELL_ORDER);
        for (Cell cell : ordered) {
            CellTally tally = cells.get(cell);
            for (Category category : codebook.categories()) {
                int count = tally.categories.getOrDefault(category.id(), 0);
                if (count > 0) {
                    String parent = category.parentId() == null ? null
                            : codebook.category(category.parentId()).map(Category::name).orElse(null);
                    rows.add(new CodeRow(cell.outlet(), cell.allOutlets(), cell.month(), cell.allMonths(), CodeRow.CATEGORY,
                            category.name(), parent, null, count, (double) count / tally.annotations, tally.articles));
                }
            }
            for (AttributeDefinition field : codebook.documentFields()) {
                Map<String, Integer> values = tally.values.getOrDefault(field.id(), Map.of());
                int coded = tally.coded.getOrDefault(field.id(), 0);
                for (String value : valueOrder(field, values)) {
                    int count = values.get(value);
                    rows.add(new CodeRow(cell.outlet(), cell.allOutlets(), cell.month(), cell.allMonths(),
                            CodeRow.DOCUMENT_CODE, field.name(), null, value, count, (double) count / coded, tally.articles));
                }
            }
        }
        return rows;
    }

    /** The field's choices in their order, then any other values found (no longer a choice), alphabetically. */
    private static List<String> valueOrder(AttributeDefinition field, Map<String, Integer> values) {
        List<String> order = new ArrayList<>();
        for (String choice : field.choices()) {
            if (values.containsKey(choice)) {
                order.add(choice);
            }
        }
        values.keySet().stream().filter(value -> !order.contains(value)).sorted().forEach(order::add);
        return order;
    }

    private static final Comparator<String> NAMES = Comparator.nullsLast(
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));

    private static final Comparator<Cell> CELL_ORDER = Comparator.comparing(Cell::allOutlets)
            .thenComparing(Cell::outlet, NAMES)
            .thenComparing(Cell::allMonths)
            .thenComparing(Cell::month, Comparator.nullsLast(Comparator.<String>naturalOrder()));

    /** Whether the row is about this outlet (null: articles without one) and month, as the window picks them. */
    public static boolean in(CodeRow row, boolean allOutlets, String outlet, boolean allMonths, String month) {
        return row.allOutlets() == allOutlets && (allOutlets || Objects.equals(row.outlet(), outlet))
                && row.allMonths() == allMonths && (allMonths || Objects.equals(row.month(), month));
    }
}
