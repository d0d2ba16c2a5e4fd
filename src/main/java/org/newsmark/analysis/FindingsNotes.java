package org.newsmark.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.CodedContent;
import org.newsmark.model.CorpusFilter;

/**
 * What the tables leave out or take as it is, in a sentence each, so a researcher is never left to
 * wonder why a number is lower than expected: an empty project or scope, claims without a speaker,
 * links left pointing nowhere useful, annotations of deleted categories, values no longer in the
 * codebook, speaker types that differ only in capitals.
 */
final class FindingsNotes {

    private FindingsNotes() {
    }

    static List<String> of(int projectArticles, List<ArticleFindings> scope, CorpusFilter filter, FindingsRules rules) {
        List<String> notes = new ArrayList<>();
        if (projectArticles == 0) {
            notes.add("This project has no articles yet: import some (File \u25B8 Import) and code them.");
            return notes;
        }
        if (scope.isEmpty()) {
            notes.add("No article matches the corpus filter: clear it, or widen it, to count something.");
            return notes;
        }
        int unattributed = 0;
        int stray = 0;
        int deletedCategories = 0;
        int staleValues = 0;
        boolean anyContent = false;
        Map<String, Set<String>> typesByLowerCase = new TreeMap<>();
        Set<Long> known = new HashSet<>();
        rules.codebook().categories().forEach(category -> known.add(category.id()));
        for (ArticleFindings article : scope) {
            stray += article.article().strayAttributions();
            for (Map.Entry<Long, Integer> count : article.article().categoryCounts().entrySet()) {
                if (!known.contains(count.getKey())) {
                    deletedCategories += count.getValue();
                }
            }
            for (Map.Entry<Long, String> code : article.article().codes().entrySet()) {
                if (rules.codebook().documentField(code.getKey()).map(field -> !field.read(code.getValue()).valid())
                        .orElse(false)) {
                    staleValues++;
                }
            }
            for (ContentFacts content : article.contents()) {
                anyContent = true;
                if (!content.isQuote()) {
                    unattributed++;
                }
                staleValues += staleValues(content.content(), rules);
                for (Voice voice : content.voices()) {
                    typesByLowerCase.computeIfAbsent(voice.type().toLowerCase(Locale.ROOT), key -> new TreeSet<>())
                            .add(voice.type());
                }
            }
        }
        if (!anyContent) {
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
        for (Set<String> spellings : typesByLowerCase.values()) {
            if (spellings.size() > 1) {
                notes.add("The speaker types " + String.join(", ", spellings.stream().map(type -> "\u201C" + type + "\u201D")
                        .toList()) + " differ only in capitals and are counted apart: give the people one spelling.");
            }
        }
        return notes;
    }

    private static int staleValues(CodedContent content, FindingsRules rules) {
        int stale = 0;
        for (Map.Entry<Long, String> value : content.attributes().entrySet()) {
            AttributeDefinition attribute = rules.attributeOf(content.categoryId(), value.getKey());
            if (attribute != null && !attribute.read(value.getValue()).valid()) {
                stale++;
            }
        }
        return stale;
    }

    private static String count(int count, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? one : many);
    }
}
