package org.newsmark.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsmark.model.CodedArticle;
import org.newsmark.model.CodedContent;

/**
 * One article with the definitions applied: its contents with their speakers, words and form, its
 * claims as the Claims table lists them, and the month it falls in.
 *
 * @param month    {@code YYYY-MM} from the article's date, or null when it has none
 * @param contents every content annotation, by start offset
 * @param claims   the Claims table's rows for this article, in the same order
 */
public record ArticleFindings(CodedArticle article, String month, List<ContentFacts> contents, List<ClaimRow> claims) {

    public ArticleFindings {
        contents = List.copyOf(contents);
        claims = List.copyOf(claims);
    }

    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])(\\D.*)?", Pattern.DOTALL);

    /** Applies the definitions to one article as read from the project. */
    public static ArticleFindings of(CodedArticle article, FindingsRules rules) {
        List<List<Voice>> voices = new ArrayList<>(article.contents().size());
        int firstStart = Integer.MAX_VALUE;
        for (CodedContent content : article.contents()) {
            List<Voice> found = rules.voices(content);
            voices.add(found);
            if (!found.isEmpty()) {
                firstStart = Math.min(firstStart, content.start());
            }
        }
        List<ContentFacts> contents = new ArrayList<>(voices.size());
        List<ClaimRow> claims = new ArrayList<>(voices.size());
        for (int i = 0; i < article.contents().size(); i++) {
            CodedContent content = article.contents().get(i);
            List<Voice> found = voices.get(i);
            ContentFacts facts = new ContentFacts(content, found, WordCount.of(content.text()), rules.direct(content),
                    !found.isEmpty() && content.start() == firstStart);
            contents.add(facts);
            claims.add(claim(article, facts, rules));
        }
        return new ArticleFindings(article, month(article.details().published()), contents, claims);
    }

    private static ClaimRow claim(CodedArticle article, ContentFacts facts, FindingsRules rules) {
        CodedContent content = facts.content();
        String speaker = FindingsRules.UNATTRIBUTED;
        String types = "";
        if (facts.isQuote()) {
            Set<String> names = new LinkedHashSet<>();
            Set<String> seen = new LinkedHashSet<>();
            Set<String> kinds = new LinkedHashSet<>();
            for (Voice voice : facts.voices()) {
                if (seen.add(voice.speaker().key())) {
                    names.add(voice.speaker().name());
                }
                kinds.add(voice.type());
            }
            speaker = String.join("; ", names);
            types = String.join("; ", kinds);
        }
        return new ClaimRow(article.id(), article.details().title(), article.outlet(), article.details().published(),
                content.id(), rules.categoryName(content.categoryId()), content.start(), content.end(), speaker, types,
                content.text(), facts.words(), facts.direct() ? FindingsRules.DIRECT : FindingsRules.INDIRECT,
                rules.attribute(content, FindingsRules.CHALLENGED), rules.attribute(content, FindingsRules.EVIDENCE),
                rules.attribute(content, FindingsRules.CHECKABLE), content.note(), facts.voices());
    }

    /** {@code YYYY-MM} when the date starts with a year and a month, else null. */
    static String month(String published) {
        if (published == null) {
            return null;
        }
        String date = published.strip();
        return MONTH.matcher(date).matches() ? date.substring(0, 7) : null;
    }

    /** The quotes: the contents attributed to at least one speaker. */
    public List<ContentFacts> quotes() {
        return contents.stream().filter(ContentFacts::isQuote).collect(Collectors.toList());
    }

    public long id() {
        return article.id();
    }

    public String outlet() {
        return article.outlet();
    }
}
