package org.newsmark.importing.collection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.newsmark.importing.ArticleSink;
import org.newsmark.importing.CarriedWork;
import org.newsmark.importing.FieldMapping;

/**
 * Hands a JSON record to the sink as an article, with the annotations and codes it carries when it
 * is a line of a Newsmark or doccano export. Shared by the JSON and JSON Lines readers.
 */
final class JsonArticles {

    private final RecordArticles articles;

    JsonArticles(FieldMapping mapping) {
        this.articles = new RecordArticles(mapping, "field");
    }

    void hand(ObjectNode node, String where, ArticleSink sink) {
        RecordArticles.Built built = articles.build(new JsonRecord(node));
        if (built.problem() != null) {
            sink.skipped(where, built.problem());
            return;
        }
        List<Dropped> dropped = new ArrayList<>();
        CarriedWork carried = CarriedWork.NONE;
        if (NewsmarkExportRecord.recognises(node)) {
            carried = NewsmarkExportRecord.read(node, built.text(), where, dropped);
        } else if (DoccanoRecord.recognises(node)) {
            carried = DoccanoRecord.read(node, built.text(), where, dropped);
        }
        sink.article(where, built.draft(), carried);
        dropped.forEach(problem -> sink.skipped(problem.where(), problem.reason()));
    }

    /** Why no field holds the text, for a file none of whose first records has one. */
    String missingText() {
        return articles.missingText();
    }
}
