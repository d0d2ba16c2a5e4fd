package org.newsmark.exporting;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.newsmark.model.AttributeDraft;
import org.newsmark.model.CategoryDraft;
import org.newsmark.model.Codebook;
import org.newsmark.model.CodebookDraft;

/**
 * Writes a codebook as a Newsmark codebook file (JSON), so a research team can start every coder's
 * project from the same codebook, keep it under version control and cite it. Unlike a REFI-QDA
 * codebook it keeps everything Newsmark codes with: keys, roles, attributes and document fields.
 *
 * <pre>
 * {"format": "newsmark-codebook", "version": 1, "name": "News sourcing",
 *  "categories": [{"name", "color", "shortcut", "description", "role",
 *                  "attributes": [{"name", "type", "choices", "description"}],
 *                  "children": [ ...categories... ]}],
 *  "documentFields": [ ...attributes... ]}
 * </pre>
 *
 * {@code shortcut} and {@code role} are null when a category has none; {@code role} and {@code type}
 * are the codes of {@link org.newsmark.model.CategoryRole} and {@link org.newsmark.model.AttributeType}.
 * The output is indented with {@code \n} line ends on every system, so files diff cleanly.
 */
public final class CodebookJsonWriter {

    /** The value of {@code "format"} that marks a Newsmark codebook file. */
    public static final String FORMAT = "newsmark-codebook";
    /** The version of the file format this Newsmark writes; readers refuse newer ones. */
    public static final int VERSION = 1;

    private final ObjectMapper json = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private final DefaultPrettyPrinter indented = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    /** Writes a project's codebook under the given name. */
    public void write(Codebook codebook, String name, Writer out) throws IOException {
        write(codebook.toDraft(name), out);
    }

    public void write(CodebookDraft codebook, Writer out) throws IOException {
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("name", codebook.name());
        root.set("categories", categories(codebook.categories()));
        root.set("documentFields", attributes(codebook.documentFields()));
        json.writer(indented).writeValue(out, root);
        out.write('\n');
        out.flush();
    }

    private ArrayNode categories(List<CategoryDraft> categories) {
        ArrayNode array = json.createArrayNode();
        for (CategoryDraft category : categories) {
            ObjectNode node = array.addObject();
            node.put("name", category.name());
            node.put("color", category.color());
            node.put("shortcut", category.shortcut());
            node.put("description", category.description());
            node.put("role", category.role() == null ? null : category.role().code());
            node.set("attributes", attributes(category.attributes()));
            node.set("children", categories(category.children()));
        }
        return array;
    }

    private ArrayNode attributes(List<AttributeDraft> attributes) {
        ArrayNode array = json.createArrayNode();
        for (AttributeDraft attribute : attributes) {
            ObjectNode node = array.addObject();
            node.put("name", attribute.name());
            node.put("type", attribute.type().code());
            ArrayNode choices = node.putArray("choices");
            attribute.choices().forEach(choices::add);
            node.put("description", attribute.description());
        }
        return array;
    }
}
