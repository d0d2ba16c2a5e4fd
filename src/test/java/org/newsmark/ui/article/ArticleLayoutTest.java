package org.newsmark.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmark.importing.ArticleMetadata;
import org.newsmark.importing.NewsTextReader;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleDraft;
import org.newsmark.testing.Samples;

class ArticleLayoutTest {

    static Article article(ArticleDraft draft) {
        return new Article(1, draft.title(), draft.standfirst(), draft.source(), draft.byline(), draft.published(),
                draft.url(), draft.text(), draft.contentHash());
    }

    @Test
    void theBbcReportHasAHeadlineAStandfirstAndBodyParagraphs() throws Exception {
        Article bbc = article(new NewsTextReader().read(Samples.read(Samples.BBC), ArticleMetadata.NONE));
        ArticleLayout layout = ArticleLayout.of(bbc);

        assertThat(layout.displayText()).isEqualTo(bbc.text());
        assertThat(layout.paragraphs()).extracting(ArticleLayout.Paragraph::role).startsWith(
                ParagraphRole.HEADLINE, ParagraphRole.STANDFIRST, ParagraphRole.BODY);
        assertThat(layout.paragraphs()).hasSize((int) bbc.text().lines().count());
        ArticleLayout.Paragraph headline = layout.paragraphs().get(0);
        assertThat(bbc.text().substring(headline.start(), headline.end())).isEqualTo(bbc.title());
    }

    @Test
    void aWikinewsArticleHasAHeadlineADatelineAndBlankLinesBetween() throws Exception {
        Article afghan = article(new NewsTextReader().read(
                Samples.read(Samples.WIKINEWS.resolve("GUM_news_afghan.txt")), ArticleMetadata.NONE));
        List<ParagraphRole> roles = ArticleLayout.of(afghan).paragraphs().stream().map(ArticleLayout.Paragraph::role).toList();
        assertThat(roles).startsWith(ParagraphRole.HEADLINE, ParagraphRole.BLANK, ParagraphRole.DATELINE,
                ParagraphRole.BLANK, ParagraphRole.BODY);
    }

    @Test
    void anOverlongParagraphIsBrokenAtSpacesWithoutMovingAnyOffset() {
        StringBuilder transcript = new StringBuilder("Hearing transcript\n");
        for (int i = 0; i < 400; i++) {
            transcript.append("Speaker ").append(i % 7).append(" said this is sentence number ").append(i).append(". ");
        }
        String text = transcript.toString().strip();
        Article article = new Article(1, "Hearing transcript", null, null, null, null, null, text, "hash");

        ArticleLayout layout = ArticleLayout.of(article, 500);

        assertThat(layout.displayText()).hasSameSizeAs(text);
        assertThat(layout.displayText().replace('\n', ' ')).isEqualTo(text.replace('\n', ' '));
        assertThat(layout.paragraphs()).hasSizeGreaterThan(20);
        assertThat(layout.paragraphs()).allSatisfy(paragraph -> assertThat(paragraph.end() - paragraph.start()).isLessThanOrEqualTo(500));
        assertThat(layout.paragraphs().subList(2, layout.paragraphs().size()))
                .extracting(ArticleLayout.Paragraph::role).containsOnly(ParagraphRole.CONTINUATION);
        for (ArticleLayout.Paragraph paragraph : layout.paragraphs()) {
            assertThat(layout.paragraphAt(paragraph.start())).isEqualTo(layout.paragraphs().indexOf(paragraph));
        }
        assertThat(layout.displayText().split("\n", -1)).hasSize(layout.paragraphs().size());
    }

    @Test
    void aShortOrOddPublishedDateDoesNotStopTheLayout() {
        String text = "Headline\nMay\nBody text of the article.";
        for (String published : new String[] {"May", "n/a", "", "2017"}) {
            Article article = new Article(1, "Headline", "A standfirst that is not in the text", null, null, published,
                    null, text, "h");
            assertThat(ArticleLayout.of(article).paragraphs()).hasSize(3);
        }
    }

    @Test
    void aParagraphWithoutSpacesStaysWhole() {
        String text = "Title\n" + "x".repeat(5000);
        ArticleLayout layout = ArticleLayout.of(new Article(1, "Title", null, null, null, null, null, text, "h"), 500);
        assertThat(layout.displayText()).isEqualTo(text);
        assertThat(layout.paragraphs()).hasSize(2);
    }
}
