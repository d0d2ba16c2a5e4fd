package org.newsmark.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsmark.importing.CodebookJsonReader;
import org.newsmark.model.AttributeDraft;
import org.newsmark.model.CategoryDraft;
import org.newsmark.model.CategoryRole;
import org.newsmark.model.CodebookDraft;
import org.newsmark.model.Codebooks;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;

/** The Newsmark codebook file: its shape, and that what is written reads back as the same codebook. */
class CodebookJsonWriterTest {

    @TempDir
    Path folder;

    static Stream<CodebookDraft> builtIn() {
        return Codebooks.builtIn().stream();
    }

    @ParameterizedTest
    @MethodSource("builtIn")
    void aStoredCodebookReadsBackAsTheCodebookTheProjectStartedWith(CodebookDraft original) throws Exception {
        String written;
        CodebookDraft stored;
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN, original)) {
            String name = store.setting("codebook.name").orElseThrow();
            stored = store.codebook().toDraft(name);
            StringWriter out = new StringWriter();
            new CodebookJsonWriter().write(store.codebook(), name, out);
            written = out.toString();
        }
        CodebookDraft read = new CodebookJsonReader().read(written.getBytes(StandardCharsets.UTF_8));

        assertThat(read).isEqualTo(stored);
        assertThat(read).isEqualTo(original);
    }

    @Test
    void theFileHasTheDocumentedFieldsInOrder() throws Exception {
        JsonNode root;
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            StringWriter out = new StringWriter();
            new CodebookJsonWriter().write(store.codebook(), "News sourcing", out);
            root = new ObjectMapper().readTree(out.toString());
        }
        assertThat(fieldNames(root)).containsExactly("format", "version", "name", "categories", "documentFields");
        assertThat(root.get("format").asText()).isEqualTo("newsmark-codebook");
        assertThat(root.get("version").asInt()).isEqualTo(1);
        assertThat(root.get("name").asText()).isEqualTo("News sourcing");

        JsonNode speaker = root.get("categories").get(0);
        assertThat(fieldNames(speaker)).containsExactly("name", "color", "shortcut", "description", "role", "attributes", "children");
        assertThat(speaker.get("name").asText()).isEqualTo("Speaker");
        assertThat(speaker.get("color").asText()).isEqualTo("#0072B2");
        assertThat(speaker.get("shortcut").asText()).isEqualTo("1");
        assertThat(speaker.get("role").asText()).isEqualTo("source");
        assertThat(speaker.get("children")).extracting(child -> child.get("name").asText()).containsExactly(
                "Politician", "Expert", "Journalist", "Official", "Spokesperson", "Citizen", "Organisation");
        JsonNode politician = speaker.get("children").get(0);
        assertThat(politician.get("shortcut").isNull()).isTrue();
        assertThat(politician.get("role").isNull()).isTrue();
        assertThat(politician.get("attributes")).isEmpty();
        assertThat(politician.get("children")).isEmpty();

        JsonNode claim = root.get("categories").get(1);
        JsonNode challenged = claim.get("attributes").get(0);
        assertThat(fieldNames(challenged)).containsExactly("name", "type", "choices", "description");
        assertThat(challenged.get("type").asText()).isEqualTo("choice");
        assertThat(challenged.get("choices")).extracting(JsonNode::asText).containsExactly("yes", "no", "partly");
        assertThat(claim.get("attributes").get(1).get("type").asText()).isEqualTo("yes_no");
        assertThat(claim.get("attributes").get(1).get("choices")).isEmpty();
        assertThat(root.get("documentFields")).extracting(field -> field.get("name").asText())
                .containsExactly("Genre", "Balance of sources");
    }

    @Test
    void theFileIsIndentedWithTheSameLineEndsOnEverySystem() throws Exception {
        StringWriter out = new StringWriter();
        new CodebookJsonWriter().write(Codebooks.mediaFrames(), out);
        assertThat(out.toString()).startsWith("{\n  \"format\" : \"newsmark-codebook\",\n  \"version\" : 1,\n")
                .doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void aFileIsWrittenInUtf8AndReadsBack() throws Exception {
        CodebookDraft draft = new CodebookDraft("Zitate \u2013 Pr\u00fcfung", List.of(
                new CategoryDraft("Quelle \u00ab\u00e9\u00bb", "#00aa00", "\u00e4", "Wer spricht? \uD83D\uDDE3", CategoryRole.SOURCE,
                        List.of(AttributeDraft.choice("Geschlecht", "", "weiblich", "m\u00e4nnlich", "divers")), List.of())),
                List.of(AttributeDraft.text("Notiz", null)));
        Path target = folder.resolve("codebook.json");
        ExportFiles.write(folder.resolve("p.newsmark"), target, "json", out -> {
            new CodebookJsonWriter().write(draft, out);
            return null;
        });
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).contains("\"Quelle \u00ab\u00e9\u00bb\"");
        assertThat(new CodebookJsonReader().read(target)).isEqualTo(draft);
        assertThat(folder.resolve("codebook.json.part")).doesNotExist();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
