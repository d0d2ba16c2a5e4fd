package org.newsmark.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Tidy CSV: what R and pandas read back, and what spreadsheets will not run. */
class TidyCsvTest {

    private static String write(boolean bom, List<?>... rows) throws Exception {
        StringWriter out = new StringWriter();
        try (TidyCsv csv = new TidyCsv(out, List.of("name", "value", "count"), bom)) {
            for (List<?> row : rows) {
                csv.row(row);
            }
        }
        return out.toString();
    }

    private static List<CSVRecord> read(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    }

    @Test
    void commasQuotesAndLineBreaksSurviveTheRoundTrip() throws Exception {
        String text = "He said, \"no\"\nand left";
        String csv = write(false, Arrays.asList(text, "caf\u00E9 \u2014 \u5317\u4EAC", 3), Arrays.asList(null, "", 0.25));

        assertThat(csv).startsWith("name,value,count\r\n");
        List<CSVRecord> records = read(csv);
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("name")).isEqualTo(text);
        assertThat(records.get(0).get("value")).isEqualTo("caf\u00E9 \u2014 \u5317\u4EAC");
        assertThat(records.get(0).get("count")).isEqualTo("3");
        assertThat(records.get(1).get("name")).isEmpty();
        assertThat(records.get(1).get("count")).isEqualTo("0.25");
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaGetsAnApostropheThatCanBeTakenOffAgain() throws Exception {
        List<String> risky = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1-2", "-2+3", "@SUM(A1)", "\tTAB",
                "'quoted already", "-3", "+2.5", "plain = text", "2024-05-02");
        List<List<?>> rows = new ArrayList<>();
        risky.forEach(value -> rows.add(Arrays.asList(value, null, null)));

        List<CSVRecord> records = read(write(false, rows.toArray(List[]::new)));

        List<String> written = records.stream().map(record -> record.get("name")).toList();
        assertThat(written).containsExactly("'=HYPERLINK(\"http://evil.example\",\"click\")", "'+1-2", "'-2+3", "'@SUM(A1)",
                "'\tTAB", "''quoted already", "-3", "+2.5", "plain = text", "2024-05-02");
        assertThat(written).allSatisfy(value -> assertThat(value).doesNotStartWith("=").doesNotStartWith("@"));
        // the documented way back: one leading apostrophe off every text that starts with one
        assertThat(written.stream().map(value -> value.replaceFirst("^'", "")).toList()).isEqualTo(risky);
    }

    @Test
    void theByteOrderMarkIsThereOnlyWhenAskedFor() throws Exception {
        assertThat(write(true, Arrays.asList("a", "b", 1))).startsWith("\uFEFFname,");
        assertThat(write(false, Arrays.asList("a", "b", 1))).startsWith("name,");
    }
}
