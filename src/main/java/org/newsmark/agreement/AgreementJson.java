package org.newsmark.agreement;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The agreement report as JSON (docs/agreement.md shows the shape): {@code articles}, {@code pooled}
 * and {@code coding} as the command line promises, with {@code pairs} and {@code attribution}
 * beside them. Numbers are written in full (the shortest decimal that reads back as the same
 * double); what cannot be computed is null.
 */
public final class AgreementJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private AgreementJson() {
    }

    public static void write(AgreementReport report, Writer out) throws IOException {
        MAPPER.writeValue(out, tree(report));
    }

    public static ObjectNode tree(AgreementReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        strings(root.putArray("coders"), report.coders());
        strings(root.putArray("categories"), report.categories());
        ArrayNode articles = root.putArray("articles");
        for (AgreementReport.ArticleAgreement article : report.articles()) {
            ObjectNode node = articles.addObject();
            node.put("id", article.id());
            node.put("title", article.title());
            strings(node.putArray("coders"), article.coders());
            alphaU(node, article.alphaU());
        }
        ObjectNode pooled = root.putObject("pooled");
        ArrayNode pooledArticles = pooled.putArray("articles");
        report.pooled().articles().forEach(pooledArticles::add);
        ArrayNode leftOut = pooled.putArray("left_out");
        report.pooled().leftOut().forEach(leftOut::add);
        strings(pooled.putArray("coders"), report.pooled().coders());
        alphaU(pooled, report.pooled().alphaU());
        ArrayNode pairs = root.putArray("pairs");
        for (AgreementReport.PairAgreement pair : report.pairs()) {
            ObjectNode node = pairs.addObject();
            strings(node.putArray("coders"), List.of(pair.coderA(), pair.coderB()));
            node.put("articles", pair.articles());
            alphaU(node, pair.alphaU());
        }
        ArrayNode coding = root.putArray("coding");
        for (AgreementReport.CodingAgreement study : report.coding()) {
            ObjectNode node = coding.addObject();
            node.put("kind", study.kind());
            node.put("field", study.field());
            node.put("category", study.category());
            strings(node.putArray("coders"), study.coders());
            node.put("scale", study.scale());
            CodingMeasures.Result measures = study.measures();
            node.put("items", measures.items());
            node.put("complete_items", measures.completeItems());
            node.put("percentage", measures.percentage());
            node.put("cohen_kappa", measures.cohenKappa());
            node.put("fleiss_kappa", measures.fleissKappa());
            ObjectNode alpha = node.putObject("alpha");
            alpha.put("nominal", measures.alphaNominal());
            alpha.put("ordinal", measures.alphaOrdinal());
            alpha.put("interval", measures.alphaInterval());
            strings(node.putArray("notes"), measures.notes());
        }
        ArrayNode attribution = root.putArray("attribution");
        for (AgreementReport.AttributionAgreement pair : report.attribution()) {
            ObjectNode node = attribution.addObject();
            strings(node.putArray("coders"), List.of(pair.coderA(), pair.coderB()));
            ArrayNode made = node.putArray("made");
            made.add(pair.madeByA());
            made.add(pair.madeByB());
            node.put("both", pair.both());
            node.put("share", pair.share());
            node.put("alpha_u_contents", pair.alphaU());
        }
        return root;
    }

    private static void alphaU(ObjectNode parent, AgreementReport.AlphaU alphaU) {
        ObjectNode node = parent.putObject("alpha_u");
        node.put("overall", alphaU.overall());
        ObjectNode categories = node.putObject("categories");
        alphaU.categories().forEach(categories::put);
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
