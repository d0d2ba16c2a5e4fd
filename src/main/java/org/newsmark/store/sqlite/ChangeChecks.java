package org.newsmark.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.ArticleCodingChange;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Category;
import org.newsmark.model.CategoryChange;
import org.newsmark.model.Change;
import org.newsmark.model.Codebook;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.LinkRules;
import org.newsmark.model.TextSpans;
import org.newsmark.store.InvalidChangeException;
import org.newsmark.store.InvalidSpanException;

/**
 * Checks a change against the project as it stands inside the transaction (so earlier changes of the
 * same edit count), and refuses it with a message when it does not fit.
 */
final class ChangeChecks {

    private final Connection connection;
    private final Function<Long, String> textOfArticle;
    /** Read once per transaction, and again after a change to it: an import checks thousands of spans. */
    private Codebook codebook;

    ChangeChecks(Connection connection, Function<Long, String> textOfArticle) {
        this.connection = connection;
        this.textOfArticle = textOfArticle;
    }

    void check(Change change) throws SQLException {
        if (change instanceof CategoryChange || change instanceof org.newsmark.model.DocumentFieldChange) {
            codebook = null;
        }
        if (change instanceof AnnotationChange annotation && annotation.after() != null) {
            checkAnnotation(annotation.after());
        } else if (change instanceof LinkChange link && link.after() != null) {
            checkLink(link.after());
        } else if (change instanceof CategoryChange category && category.after() != null) {
            checkCategory(category.after());
        } else if (change instanceof ArticleCodingChange coding) {
            checkCoding(coding);
        }
    }

    private void checkAnnotation(Annotation annotation) throws SQLException {
        String text = textOfArticle.apply(annotation.articleId());
        if (text == null) {
            throw new InvalidSpanException("The annotation refers to article " + annotation.articleId()
                    + ", which is not in this project.");
        }
        Optional<String> problem = TextSpans.problem(text, annotation.start(), annotation.end());
        if (problem.isPresent()) {
            throw new InvalidSpanException(problem.get() + ".");
        }
        if (!text.regionMatches(annotation.start(), annotation.text(), 0, annotation.length())) {
            throw new InvalidSpanException("The annotation's text \"" + annotation.text()
                    + "\" is not what the article says at " + annotation.start() + "-" + annotation.end() + ".");
        }
        if (annotation.attributes().isEmpty()) {
            return;
        }
        Codebook codebook = codebook();
        Category category = codebook.category(annotation.categoryId()).orElseThrow(() ->
                new InvalidChangeException("The annotation's category is not in the codebook."));
        Map<Long, AttributeDefinition> allowed = new HashMap<>();
        codebook.attributesOf(category).forEach(attribute -> allowed.put(attribute.id(), attribute));
        for (Map.Entry<Long, String> value : annotation.attributes().entrySet()) {
            AttributeDefinition attribute = allowed.get(value.getKey());
            if (attribute == null) {
                throw new InvalidChangeException(category.name() + " annotations have no attribute " + value.getKey() + ".");
            }
            String problemWithValue = attribute.read(value.getValue()).problem();
            if (problemWithValue != null) {
                throw new InvalidChangeException(attribute.name() + ": " + problemWithValue + ".");
            }
        }
    }

    private void checkLink(Link link) throws SQLException {
        List<Annotation> annotations = AnnotationRows.read(connection, "annotation.id IN (?, ?)", "start_offset", statement -> {
            statement.setString(1, link.from().toString());
            statement.setString(2, link.to().toString());
        });
        Map<UUID, Annotation> byId = new HashMap<>();
        annotations.forEach(annotation -> byId.put(annotation.id(), annotation));
        Optional<String> problem = LinkRules.problem(link, LinkRows.read(connection, link.articleId()), byId);
        if (problem.isPresent()) {
            throw new InvalidChangeException(problem.get());
        }
    }

    private void checkCategory(Category category) throws SQLException {
        Long parent = category.parentId();
        int depth = 0;
        while (parent != null) {
            if (parent == category.id() || depth++ > 50) {
                throw new InvalidChangeException("\"" + category.name() + "\" cannot be placed under itself.");
            }
            try (PreparedStatement statement = connection.prepareStatement("SELECT parent_id FROM category WHERE id = ?")) {
                statement.setLong(1, parent);
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        throw new InvalidChangeException("\"" + category.name() + "\" is placed under a category that is not in the codebook.");
                    }
                    long next = rows.getLong(1);
                    parent = rows.wasNull() ? null : next;
                }
            }
        }
    }

    private Codebook codebook() throws SQLException {
        if (codebook == null) {
            codebook = CodebookRows.read(connection);
        }
        return codebook;
    }

    private void checkCoding(ArticleCodingChange change) throws SQLException {
        Codebook codebook = codebook();
        for (Map.Entry<Long, String> value : change.after().values().entrySet()) {
            AttributeDefinition field = codebook.documentField(value.getKey()).orElseThrow(() ->
                    new InvalidChangeException("The codebook has no document field " + value.getKey() + "."));
            String problem = field.read(value.getValue()).problem();
            if (problem != null) {
                throw new InvalidChangeException(field.name() + ": " + problem + ".");
            }
        }
    }
}
