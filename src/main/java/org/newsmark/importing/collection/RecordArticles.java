package org.newsmark.importing.collection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsmark.importing.FieldMapping;
import org.newsmark.importing.ImportSource;
import org.newsmark.model.ArticleDraft;

/**
 * Turns one record of a collection into an article, whatever the format: the mapping names the
 * fields, the usual names find the rest. A record without text is not an article; one without a
 * title is titled by its text's first line.
 */
final class RecordArticles {

    /** What a record became: an article and its text, or why it is none. */
    record Built(ArticleDraft draft, NormalizedText text, String problem) {
        static Built problem(String problem) {
            return new Built(null, null, problem);
        }
    }

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");

    private final FieldMapping mapping;
    private final String fieldWord;
    private List<String> chosenFor;
    private Map<String, String> chosen;

    /**
     * @param fieldWord what the format calls a field, for messages: "column" or "field"
     */
    RecordArticles(FieldMapping mapping, String fieldWord) {
        this.mapping = mapping;
        this.fieldWord = fieldWord;
    }

    Built build(CollectionRecord record) {
        Map<String, String> fields = fieldsOf(record.fieldNames());
        String textField = fields.get("text");
        if (textField == null) {
            return Built.problem("has no text: " + missingText());
        }
        // A list of paragraphs is one text; other lists (authors) read as "A, B".
        String raw = record.value(textField, "\n\n");
        if (raw == null || raw.isBlank()) {
            return Built.problem("has no text: its " + fieldWord + " \"" + textField + "\" is empty");
        }
        if (raw.length() > ImportSource.MAX_ARTICLE_BYTES) {
            return Built.problem("has a text of " + raw.length() / (1024 * 1024) + " MB; a single article over "
                    + ImportSource.MAX_ARTICLE_BYTES / (1024 * 1024) + " MB is not imported");
        }
        NormalizedText text = NormalizedText.of(raw);
        String title = value(record, fields.get("title"));
        if (title == null) {
            title = FirstLineTitle.of(text.text());
        }
        ArticleDraft draft = new ArticleDraft(title, value(record, fields.get("standfirst")),
                value(record, fields.get("source")), value(record, fields.get("byline")),
                value(record, fields.get("published")), value(record, fields.get("url")), text.text());
        return new Built(draft, text, null);
    }

    /** Why no field holds the text, and how to say which one does. */
    String missingText() {
        String placeholder = fieldWord.toUpperCase(java.util.Locale.ROOT);
        if (mapping.text() != null) {
            return "no " + fieldWord + " named \"" + mapping.text() + "\"; choose the text " + fieldWord
                    + " (--map text=" + placeholder + ")";
        }
        return "no " + fieldWord + " named text, body, content…; choose the text " + fieldWord + " (--map text="
                + placeholder + ")";
    }

    /** The field of each part; records of a collection mostly share their fields, so the last choice is kept. */
    private Map<String, String> fieldsOf(List<String> names) {
        if (!names.equals(chosenFor)) {
            Map<String, String> fields = new HashMap<>();
            for (String part : FieldMapping.PARTS) {
                mapping.fieldFor(part, names).ifPresent(field -> fields.put(part, field));
            }
            chosen = fields;
            chosenFor = names;
        }
        return chosen;
    }

    /** A metadata value on one line, or null when absent or blank. */
    private static String value(CollectionRecord record, String field) {
        if (field == null) {
            return null;
        }
        String value = record.value(field, ", ");
        if (value == null || value.isBlank()) {
            return null;
        }
        String line = value.strip();
        return line.indexOf('\n') < 0 && line.indexOf('\r') < 0 ? line : LINE_BREAKS.matcher(line).replaceAll(" ");
    }
}
