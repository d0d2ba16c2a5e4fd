package org.newsmark.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldMappingTest {

    private static final FieldMapping AUTO = FieldMapping.AUTOMATIC;

    @Test
    void newsApiArticlesAreMappedByTheirOwnNames() {
        List<String> fields = List.of("source.id", "source.name", "author", "title", "description", "url", "urlToImage",
                "publishedAt", "content");

        assertThat(AUTO.fieldFor("title", fields)).contains("title");
        assertThat(AUTO.fieldFor("standfirst", fields)).contains("description");
        assertThat(AUTO.fieldFor("text", fields)).contains("content");
        assertThat(AUTO.fieldFor("source", fields)).contains("source.name");
        assertThat(AUTO.fieldFor("published", fields)).contains("publishedAt");
        assertThat(AUTO.fieldFor("url", fields)).contains("url");
        assertThat(AUTO.fieldFor("byline", fields)).contains("author");
    }

    @Test
    void namesMatchWhateverTheirCaseOrSeparators() {
        assertThat(AUTO.fieldFor("published", List.of("Published At"))).contains("Published At");
        assertThat(AUTO.fieldFor("published", List.of("date_publish"))).contains("date_publish");
        assertThat(AUTO.fieldFor("text", List.of("MAINTEXT"))).contains("MAINTEXT");
        assertThat(AUTO.fieldFor("source", List.of("media_name"))).contains("media_name");
    }

    @Test
    void aTopLevelFieldWinsOverANestedOneAndAnObjectsNameIsNeverTheTitle() {
        List<String> guardian = List.of("id", "webTitle", "webUrl", "webPublicationDate", "fields.headline",
                "fields.bodyText", "fields.byline", "fields.trailText");
        assertThat(AUTO.fieldFor("title", guardian)).contains("webTitle");
        assertThat(AUTO.fieldFor("text", guardian)).contains("fields.bodyText");
        assertThat(AUTO.fieldFor("standfirst", guardian)).contains("fields.trailText");
        assertThat(AUTO.fieldFor("byline", guardian)).contains("fields.byline");

        assertThat(AUTO.fieldFor("title", List.of("source.name", "body"))).isEmpty();
        assertThat(AUTO.fieldFor("title", List.of("headline.main", "headline.kicker"))).contains("headline.main");
    }

    @Test
    void aMappedFieldIsUsedAsGivenAndAnObjectStandsForItsName() {
        FieldMapping mapping = FieldMapping.parse("text=para, source=source");

        assertThat(mapping.fieldFor("text", List.of("text", "para"))).contains("para");
        assertThat(mapping.fieldFor("source", List.of("source.id", "source.name"))).contains("source.name");
        assertThat(mapping.fieldFor("text", List.of("text"))).isEmpty();
    }

    @Test
    void theCommandLineMappingNamesEveryPart() {
        FieldMapping mapping = FieldMapping.parse("title=hl,description=lede,text=body,date=day,author=by,url=link,source=paper");

        assertThat(mapping).isEqualTo(new FieldMapping("hl", "lede", "body", "paper", "day", "link", "by"));
        assertThatThrownBy(() -> FieldMapping.parse("colour=red")).hasMessageContaining("the parts are title, standfirst");
        assertThatThrownBy(() -> FieldMapping.parse("text")).hasMessageContaining("title=headline,text=body");
    }

    @Test
    void aPartMappedToNoFieldStaysEmptyThoughAFieldHasItsUsualName() {
        List<String> fields = List.of("title", "text", "author");
        assertThat(AUTO.fieldFor("byline", fields)).contains("author");
        assertThat(FieldMapping.parse("byline=-").fieldFor("byline", fields)).isEmpty();
        assertThat(FieldMapping.parse("byline=-").fieldFor("title", fields)).contains("title");
    }
}
