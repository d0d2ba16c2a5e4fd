package org.newsmark.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The coding measures against the published cases in fixtures/agreement/coding_cases.json (see its README). */
class CodingMeasuresTest {

    private static Map<String, JsonNode> cases() throws IOException {
        try (InputStream in = CodingMeasuresTest.class.getResourceAsStream("/fixtures/agreement/coding_cases.json")) {
            Map<String, JsonNode> byId = new HashMap<>();
            new ObjectMapper().readTree(in).path("cases").forEach(c -> byId.put(c.path("id").asText(), c));
            return byId;
        }
    }

    /** A case's items, one value per coder: from "cells" (count x values), "items", or "coders_by_row". */
    private static List<Object[]> items(JsonNode c, String field) {
        List<Object[]> items = new ArrayList<>();
        JsonNode data = c.path("data");
        if (data.has("cells")) {
            for (JsonNode cell : data.path("cells")) {
                for (int i = 0; i < cell.path("count").asInt(); i++) {
                    items.add(values(cell.path("ratings")));
                }
            }
        } else if (data.has("coders_by_row")) {
            JsonNode rows = data.path("coders_by_row");
            for (int unit = 0; unit < rows.get(0).size(); unit++) {
                Object[] item = new Object[rows.size()];
                for (int coder = 0; coder < rows.size(); coder++) {
                    item[coder] = value(rows.get(coder).get(unit));
                }
                items.add(item);
            }
        } else {
            data.path(field).forEach(item -> items.add(values(item)));
        }
        return items;
    }

    private static Object[] values(JsonNode node) {
        Object[] values = new Object[node.size()];
        for (int i = 0; i < node.size(); i++) {
            values[i] = value(node.get(i));
        }
        return values;
    }

    private static Object value(JsonNode node) {
        return node.isNull() ? null : node.isInt() ? (Object) node.asInt() : node.asText();
    }

    private static void near(Double actual, JsonNode expected) {
        assertThat(actual).isNotNull();
        assertThat(actual).isCloseTo(expected.path("value").asDouble(), within(Math.max(expected.path("tol").asDouble(), 1e-12)));
    }

    @Test
    void cohensKappaAndPercentageOfTwoCoders() throws IOException {
        Map<String, JsonNode> cases = cases();
        for (String id : List.of("K-2", "K-3", "K-4", "K-5", "K-6a", "K-6b", "K-7.1", "K-7.2", "K-7.3")) {
            JsonNode c = cases.get(id);
            CodingMeasures.Result result = CodingMeasures.of(2, items(c, "items"), CodingMeasures.Scale.NOMINAL);
            JsonNode expected = c.path("expected");
            if (expected.has("cohen.kappa")) {
                near(result.cohenKappa(), expected.path("cohen.kappa"));
            }
            if (expected.has("percentage")) {
                near(result.percentage(), expected.path("percentage"));
            }
            if (expected.has("alpha_nominal")) {
                near(result.alphaNominal(), expected.path("alpha_nominal"));
            }
        }
    }

    @Test
    void fleissKappaOfSeveralCoders() throws IOException {
        Map<String, JsonNode> cases = cases();
        JsonNode f1 = cases.get("F-1");
        near(CodingMeasures.of(6, items(f1, "items"), CodingMeasures.Scale.NOMINAL).fleissKappa(),
                f1.path("expected").path("fleiss.kappa"));
        JsonNode f2 = cases.get("F-2");
        CodingMeasures.Result result = CodingMeasures.of(3, items(f2, "items"), CodingMeasures.Scale.NOMINAL);
        near(result.fleissKappa(), f2.path("expected").path("fleiss.kappa"));
        near(result.percentage(), f2.path("expected").path("percentage"));
        assertThat(result.cohenKappa()).as("Cohen's kappa is for two coders").isNull();
    }

    @Test
    void krippendorffsAlphaWithMissingValues() throws IOException {
        Map<String, JsonNode> cases = cases();
        for (String id : List.of("A-1", "A-2", "A-3", "A-5", "A-8a", "A-9a")) {
            JsonNode c = cases.get(id);
            if (id.equals("A-8a")) {
                continue; // triples: checked below
            }
            int raters = c.path("raters").asInt();
            CodingMeasures.Result result = CodingMeasures.of(raters, items(c, "items"), CodingMeasures.Scale.NOMINAL);
            near(result.alphaNominal(), c.path("expected").path("alpha_nominal"));
            if (c.path("expected").has("percentage")) {
                near(result.percentage(), c.path("expected").path("percentage"));
            }
        }
        JsonNode a4 = cases.get("A-4");
        CodingMeasures.Result nominal = CodingMeasures.of(4, items(a4, "items"), CodingMeasures.Scale.NOMINAL);
        near(nominal.alphaNominal(), a4.path("expected").path("alpha_nominal"));
        near(nominal.percentage(), a4.path("expected").path("percentage"));
        assertThat(nominal.fleissKappa()).as("Fleiss' kappa uses only the items every coder coded").isNotNull();
        CodingMeasures.Result numeric = CodingMeasures.of(4, items(a4, "items_numeric"), CodingMeasures.Scale.ORDINAL);
        near(numeric.alphaInterval(), a4.path("expected").path("alpha_interval(items_numeric)"));
        near(numeric.alphaOrdinal(), a4.path("expected").path("alpha_ordinal(items_numeric)"));
        JsonNode a7 = cases.get("A-7");
        near(CodingMeasures.of(3, items(a7, "units"), CodingMeasures.Scale.NOMINAL).alphaNominal(),
                a7.path("expected").path("alpha_nominal"));
        near(CodingMeasures.of(3, items(a7, "units"), CodingMeasures.Scale.ORDINAL).alphaInterval(),
                a7.path("expected").path("alpha_interval"));
    }

    @Test
    void hayesAndKrippendorffOrdinal() throws IOException {
        JsonNode a6 = cases().get("A-6");
        near(CodingMeasures.of(5, items(a6, "items"), CodingMeasures.Scale.ORDINAL).alphaOrdinal(),
                a6.path("expected").path("alpha_ordinal"));
    }

    @Test
    void degenerateStudiesSayWhyAMeasureIsMissing() {
        List<Object[]> sameValue = List.of(new Object[] {"A", "A"}, new Object[] {"A", "A"}, new Object[] {"A", "A"});
        CodingMeasures.Result one = CodingMeasures.of(2, sameValue, CodingMeasures.Scale.NOMINAL);
        assertThat(one.cohenKappa()).isNull();
        assertThat(one.percentage()).as("DKPro: agreement needs two different values").isNull();
        assertThat(one.notes()).anyMatch(note -> note.contains("Cohen"));
        CodingMeasures.Result empty = CodingMeasures.of(2, List.of(), CodingMeasures.Scale.NOMINAL);
        assertThat(empty.items()).isZero();
        assertThat(empty.alphaNominal()).isNull();
        assertThat(empty.notes()).contains("no item was coded by two coders");
        List<Object[]> lonely = List.of(new Object[] {"A", null}, new Object[] {null, "B"});
        assertThat(CodingMeasures.of(2, lonely, CodingMeasures.Scale.NOMINAL).alphaNominal()).isNull();
    }
}
