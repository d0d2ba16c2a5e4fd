package org.newsmark.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.AttributeDraft;
import org.newsmark.model.Category;
import org.newsmark.model.CategoryDraft;
import org.newsmark.model.Codebook;
import org.newsmark.model.CodebookDraft;
import org.newsmark.model.Codebooks;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The REFI-QDA codebook, read back as a QDA program would: with an XML parser, by namespace. */
class RefiQdaCodebookWriterTest {

    private static final String NS = "urn:QDA-XML:codebook:1.0";
    private static final String GUID = "[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}";

    @TempDir
    Path folder;

    private Codebook stored(CodebookDraft draft) {
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN, draft)) {
            return store.codebook();
        }
    }

    private static String written(Codebook codebook) throws Exception {
        StringWriter out = new StringWriter();
        new RefiQdaCodebookWriter().write(codebook, out);
        return out.toString();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyCategoryIsACodeNestedUnderItsParentWithItsGuidColourAndDescription() throws Exception {
        Codebook codebook = stored(Codebooks.newsSourcing());
        String xml = written(codebook);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"Newsmark\">\n  <Codes>\n    <Code guid=\"");
        Element root = parse(xml).getDocumentElement();

        assertThat(root.getNamespaceURI()).isEqualTo(NS);
        assertThat(root.getLocalName()).isEqualTo("CodeBook");
        assertThat(root.getAttribute("origin")).isEqualTo("Newsmark");
        assertThat(children(root)).extracting(Element::getLocalName).containsExactly("Codes");
        Element codes = children(root).get(0);
        assertThat(codes.getNamespaceURI()).isEqualTo(NS);

        List<Element> top = children(codes);
        assertThat(top).extracting(code -> code.getAttribute("name"))
                .containsExactly("Speaker", "Claim", "Expert quote", "Context", "Cue");
        Element speaker = top.get(0);
        Category stored = codebook.byName("Speaker").orElseThrow();
        assertThat(speaker.getAttribute("guid")).isEqualTo(stored.guid().toString().toUpperCase(Locale.ROOT)).matches(GUID);
        assertThat(speaker.getAttribute("color")).isEqualTo("#0072B2");
        assertThat(speaker.getAttribute("isCodable")).isEqualTo("true");
        assertThat(children(speaker).get(0).getLocalName()).isEqualTo("Description");
        assertThat(children(speaker).get(0).getTextContent()).isEqualTo(stored.description());
        List<Element> subCodes = codesIn(speaker);
        assertThat(subCodes).extracting(code -> code.getAttribute("name")).containsExactly(
                "Politician", "Expert", "Journalist", "Official", "Spokesperson", "Citizen", "Organisation");
        assertThat(subCodes.get(0).getAttribute("guid"))
                .isEqualTo(codebook.byName("Politician").orElseThrow().guid().toString().toUpperCase(Locale.ROOT));
        assertThat(subCodes.get(0).getAttribute("color")).isEqualTo("#2B83C6");
        assertThat(codesIn(top.get(1))).isEmpty();

        List<String> guids = new ArrayList<>();
        for (int i = 0; i < root.getElementsByTagNameNS(NS, "Code").getLength(); i++) {
            guids.add(((Element) root.getElementsByTagNameNS(NS, "Code").item(i)).getAttribute("guid"));
        }
        assertThat(guids).hasSize(12).doesNotHaveDuplicates().allMatch(guid -> guid.matches(GUID));
        assertThat(xml).as("attributes have no place in a REFI-QDA codebook")
                .doesNotContain("Challenged in the text").doesNotContain("Genre").doesNotContain("Sets");
    }

    @Test
    void theMediaFramesAreFifteenCodesAtTheTop() throws Exception {
        Element codes = children(parse(written(stored(Codebooks.mediaFrames()))).getDocumentElement()).get(0);
        assertThat(codesIn(codes)).hasSize(15).allSatisfy(code -> assertThat(codesIn(code)).isEmpty());
        assertThat(codesIn(codes).get(14).getAttribute("name")).isEqualTo("Other");
        assertThat(codesIn(codes).get(14).getAttribute("color")).isEqualTo("#C5B0D5");
    }

    @Test
    void namesAndDescriptionsAreEscapedAndAnEmptyDescriptionIsLeftOut() throws Exception {
        CodebookDraft draft = new CodebookDraft("Odd", List.of(
                new CategoryDraft("Q&A <live> \"quoted\"", "#aabbcc", "1", "Line one\nline two & a bell\u0007.",
                        null, List.of(AttributeDraft.text("Note", "")), List.of(
                                new CategoryDraft("Caf\u00e9 \uD83D\uDDE3", "#000000", null, "")))),
                List.of());
        Element codes = children(parse(written(stored(draft))).getDocumentElement()).get(0);

        Element qa = codesIn(codes).get(0);
        assertThat(qa.getAttribute("name")).isEqualTo("Q&A <live> \"quoted\"");
        assertThat(qa.getAttribute("color")).isEqualTo("#AABBCC");
        assertThat(children(qa).get(0).getTextContent()).isEqualTo("Line one\nline two & a bell.");
        Element cafe = codesIn(qa).get(0);
        assertThat(cafe.getAttribute("name")).isEqualTo("Caf\u00e9 \uD83D\uDDE3");
        assertThat(children(cafe)).isEmpty();
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static List<Element> codesIn(Element parent) {
        return children(parent).stream().filter(element -> "Code".equals(element.getLocalName())).toList();
    }
}
