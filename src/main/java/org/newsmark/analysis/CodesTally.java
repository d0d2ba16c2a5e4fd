package org.newsmark.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Category;
import org.newsmark.model.Codebook;

/**
 * The Codes table counted article by article (docs/findings.md, "Codes"): every annotation under its
 * own category, every article's value of every document field, per outlet and month and over all of
 * them. Annotations of categories no longer in the codebook are not counted. An article can be taken
 * out and put back when it changes.
 */
public final class CodesTally {

    private record Cell(boolean allOutlets, String outlet, boolean allMonths, String month) {
    }

    private static final class CellTally {
        int articles;
        int annotations;
        final Map<Long, Integer> categories = new HashMap<>();
        final Map<Long, Map<String, Integer>> values = new HashMap<>();
        final Map<Long, Integer> coded = new HashMap<>();
    }

    private static final Comparator<String> NAMES = Comparator.nullsLast(
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
    private static final Comparator<Cell> CELL_ORDER = Comparator.comparing(Cell::allOutlets)
            .thenComparing(Cell::outlet, NAMES)
            .thenComparing(Cell::allMonths)
            .thenComparing(Cell::month, Comparator.nullsLast(Comparator.<String>naturalOrder()));

    private final Codebook codebook;
    private final Map<Long, Category> categories = new HashMap<>();
    private final Map<Long, AttributeDefinition> fields = new HashMap<>();
    private final Map<Cell, CellTally> cells = new HashMap<>();

    public CodesTally(Codebook codebook) {
        this.codebook = codebook;
        codebook.categories().forEach(category -> categories.put(category.id(), category));
        codebook.documentFields().forEach(field -> fields.put(field.id(), field));
    }

    public void add(ArticleFindings article) {
        apply(article, 1);
    }

    public void remove(ArticleFindings article) {
        apply(article, -1);
    }

    private void apply(ArticleFindings article, int sign) {
        for (boolean allOutlets : new boolean[] {false, true}) {
            for (boolean allMonths : new boolean[] {false, true}) {
                Cell cell = new Cell(allOutlets, allOutlets ? null : article.outlet(), allMonths, allMonths ? null : article.month());
                CellTally tally = cells.computeIfAbsent(cell, c -> new CellTally());
                tally.articles += sign;
                article.article().categoryCounts().forEach((category, count) -> {
                    if (categories.containsKey(category)) {
                        tally.annotations += sign * count;
                        tally.categories.merge(category, sign * count, Integer::sum);
                    }
                });
                article.article().codes().forEach((field, value) -> {
                    if (fields.containsKey(field) && value != null) {
                        tally.coded.merge(field, sign, Integer::sum);
                        tally.values.computeIfAbsent(field, f -> new HashMap<>()).merge(value, sign, Integer::sum);
                    }
                });
                if (tally.articles <= 0) {
                    cells.remove(cell);
                }
            }
        }
    }

    /** The rows, in the order docs/findings.md gives; only categories and values that occur. */
    public List<CodeRow> rows() {
        List<CodeRow> rows = new ArrayList<>();
        List<Cell> ordered = new ArrayList<>(cells.keySet());
        ordered.sort(CELL_ORDER);
        for (Cell cell : ordered) {
            CellTally tally = cells.get(cell);
            for (Category category : codebook.categories()) {
                int count = tally.categories.getOrDefault(category.id(), 0);
                if (count > 0) {
                    Category parent = category.parentId() == null ? null : categories.get(category.parentId());
                    rows.add(new CodeRow(cell.outlet(), cell.allOutlets(), cell.month(), cell.allMonths(), CodeRow.CATEGORY,
                            category.name(), parent == null ? null : parent.name(), null, count,
                            (double) count / tally.annotations, tally.articles));
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
            Integer count = values.get(choice);
            if (count != null && count > 0) {
                order.add(choice);
            }
        }
        values.entrySet().stream().filter(value -> value.getValue() > 0 && !order.contains(value.getKey()))
                .map(Map.Entry::getKey).sorted().forEach(order::add);
        return order;
    }
}
