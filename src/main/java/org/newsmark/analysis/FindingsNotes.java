package org.newsmark.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.CodedContent;

/**
 * What the tables leave out or take as it is, in a sentence each, so a researcher is never left to
 * wonder why a number is lower than expected: an empty project or scope, claims without a speaker,
 * links left pointing nowhere useful, annotations of deleted categories, values no longer in the
 * codebook, speaker types that differ only in capitals. Counted article by article, like the tables.
 */
final class FindingsNotes {

    private final FindingsRules rules;
    private final Set<Long> known = new HashSet<>();
    private int contents;
    private int unattributed;
    private int stray;
    private int deletedCategories;
    private int staleValues;
    /** Speaker types by their lower case, each spelling with how many voices have it. */
    private final Map<String, Map<String, Integer>> types = new TreeMap<>();

    FindingsNotes(FindingsRules rules) {
        this.rules = rules;
        rules.codebook().categories().forEach(category -> known.add(category.id()));
    }

    void add(ArticleFindings article) {
        apply(article, 1);
    }

    void remove(ArticleFindings article) {
        apply(article, -1);
    }

    private void apply(ArticleFindings article, int sign) {
        stray += sign * article.article().strayAttributions();
        for (Map.Entry<Long, Integer> count : article.article().categoryCounts().entrySet()) {
            if (!known.contains(count.getKey())) {
                deletedCategories += sign * count.getValue();
            }
        }
        for (Map.Entry<Long, String> code : article.article().codes().entrySet()) {
            if (rules.codebook().documentField(code.getKey()).map(field -> !field.read(code.getValue()).valid()).orElse(false)) {
                staleValues += sign;
            }
        }
        for (ContentFacts content : article.contents()) {
            contents += sign;
            if (!content.isQuote()) {
                unattributed += sign;
            }
            staleValues += sign * staleValues(content.content());
            for (Voice voice : content.voices()) {
                Map<String, Integer> spellings = types.computeIfAbsent(voice.type().toLowerCase(Locale.ROOT), key -> new HashMap<>());
                spellings.merge(voice.type(), sign, Integer::sum);
                spellings.values().removeIf(count -> count <= 0);
            }
        }
    }

    private int staleValues(CodedContent content) {
        int stale = 0;
        for (Map.Entry<Long, String> value : content.attributes().entrySet()) {
            AttributeDefinition attribute = rules.attributeOf(content.categoryId(), value.getKey());
            if (attribute != null && !attribute.read(value.getValue()).valid()) {
                stale++;
            }
        }
        return stale;
    }

    List<String> notes(int projectArticles, int articlesInScope) {
        List<String> notes = new ArrayList<>();
        if (projectArticles == 0) {
            notes.add("This project has no articles yet: import some (File \u25B8 Import) and code them.");
            return notes;
        }
        if (articlesInScope == 0) {
            notes.add("No article matches the corpus filter: clear it, or widen it, to count something.");
            return notes;
        }
        if (contents == 0) {
            notes.add("No claims or quotes in these articles yet: tag some with a category whose role is content "
                    + "(Claim, Expert quote), and link them to their speaker (A).");
        } else if (unattributed > 0) {
            notes.add(count(unattributed, "claim or quote is", "claims and quotes are") + " attributed to no speaker: "
                    + "listed in Claims as unattributed, not counted in Voices.");
        }
        if (stray > 0) {
            notes.add(count(stray, "attribution link joins", "attribution links join") + " annotations that are no "
                    + "longer a claim or quote and a speaker (a category was changed since); they count for nothing.");
        }
        if (deletedCategories > 0) {
            notes.add(count(deletedCategories, "annotation belongs to a category no longer in the codebook and is",
                    "annotations belong to categories no longer in the codebook and are") + " not counted.");
        }
        if (staleValues > 0) {
            notes.add(count(staleValues, "coded value is", "coded values are")
                    + " no longer allowed by the codebook (a choice was removed or renamed); shown as stored.");
        }
        for (Map<String, Integer> spellings : types.values()) {
            if (spellings.size() > 1) {
                notes.add("The speaker types " + String.join(", ", new TreeSet<>(spellings.keySet()).stream()
                        .map(type -> "\u201C" + type + "\u201D").toList())
                        + " differ only in capitals and are counted apart: give the people one spelling.");
            }
        }
        return notes;
    }

    private static String count(int count, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? one : many);
    }
}
