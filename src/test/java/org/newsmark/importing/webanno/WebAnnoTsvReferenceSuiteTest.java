package org.newsmark.importing.webanno;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsmark.importing.CarriedWork;
import org.newsmark.importing.CollectingSink;
import org.newsmark.importing.ImportSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every file of INCEpTION's TSV 3 reference suite is read, and what it means is checked against its
 * XMI partner (the CAS it was written from): the document's text, and where each annotation of its
 * span and chain layers lies. TSV can only address tokens, so an XMI annotation that starts or ends
 * in the space between tokens is expected where INCEpTION's writer puts it: on the tokens it covers.
 */
class WebAnnoTsvReferenceSuiteTest {

    static final Path SUITE = Path.of("src/test/resources/fixtures/webanno-tsv/tsv3-suite");

    static Stream<Path> cases() throws Exception {
        return Files.list(SUITE).filter(Files::isDirectory).sorted();
    }

    static CollectingSink read(Path tsv) throws Exception {
        byte[] bytes = Files.readAllBytes(tsv);
        return CollectingSink.readWith(new WebAnnoTsvReader(), ImportSource.ofBytes(tsv.toString(), bytes));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyReferenceFileIsReadWithTheTextAndSpansItsXmiPartnerHas(Path folder) throws Exception {
        CollectingSink sink = read(folder.resolve("reference.tsv"));
        assertThat(sink.read).hasSize(1);
        String text = sink.read.get(0).draft().text();
        Path xmi = folder.resolve("reference.xmi");
        if (!Files.exists(xmi)) {
            return;
        }
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xmi.toFile());
        Element sofa = (Element) document.getElementsByTagName("cas:Sofa").item(0);
        assertThat(text.stripTrailing()).isEqualTo(sofa.getAttribute("sofaString").stripTrailing());

        List<int[]> tokens = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        NodeList all = document.getDocumentElement().getChildNodes();
        for (int i = 0; i < all.getLength(); i++) {
            Node node = all.item(i);
            if (node instanceof Element element && element.getLocalName() == null && element.getTagName().endsWith(":Token")) {
                tokens.add(new int[] {Integer.parseInt(element.getAttribute("begin")), Integer.parseInt(element.getAttribute("end"))});
            }
        }
        for (int i = 0; i < all.getLength(); i++) {
            if (!(all.item(i) instanceof Element element) || !element.hasAttribute("begin")) {
                continue;
            }
            // The suite's XMI names some layers otherwise than its TSV ("modulo layer naming"): every annotation
            // with offsets counts, but tokens, sentences, the document and relations (whose offsets are their target's).
            String name = element.getTagName().substring(element.getTagName().indexOf(':') + 1);
            if (List.of("Token", "Sentence", "DocumentMetaData").contains(name) || name.endsWith("Relation")
                    || name.equals("Dependency")) {
                continue;
            }
            int[] snapped = onTokens(Integer.parseInt(element.getAttribute("begin")), Integer.parseInt(element.getAttribute("end")),
                    tokens);
            if (snapped[1] > snapped[0]) {
                expected.add(snapped[0] + "-" + snapped[1]);
            }
        }
        CarriedWork work = sink.read.get(0).carried();
        List<String> actual = new ArrayList<>();
        for (CarriedWork.Span span : work.spans()) {
            actual.add(span.start() + "-" + span.end());
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Where INCEpTION's writer puts an annotation: from the first token it reaches into to the last. */
    private static int[] onTokens(int begin, int end, List<int[]> tokens) {
        if (begin == end) {
            return new int[] {begin, end};
        }
        int start = begin;
        int stop = end;
        for (int[] token : tokens) {
            if (token[1] > begin && token[0] >= begin && token[0] < end && start == begin && !inside(begin, tokens)) {
                start = token[0];
            }
        }
        for (int i = tokens.size() - 1; i >= 0; i--) {
            int[] token = tokens.get(i);
            if (token[0] < end && token[1] <= end && token[1] > begin && stop == end && !inside(end, tokens)) {
                stop = token[1];
            }
        }
        return new int[] {start, stop};
    }

    private static boolean inside(int offset, List<int[]> tokens) {
        return tokens.stream().anyMatch(token -> token[0] <= offset && offset <= token[1]);
    }
}
