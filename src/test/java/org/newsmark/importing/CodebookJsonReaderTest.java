package org.newsmark.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsmark.model.AttributeDraft;
import org.newsmark.model.AttributeType;
import org.newsmark.model.CategoryDraft;
import org.newsmark.model.CategoryRole;
import org.newsmark.model.CodebookDraft;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;

/**
 * Codebook files as people write them by hand: what is accepted, and what is refused with which
 * message. JSON is written with ' for " to keep the cases readable.
 */
class CodebookJsonReaderTest {

    @TempDir
    Path folder;

    private static final String SPEAKER = "{'name':'Speaker','color':'#0072B2','shortcut':'1'}";
    private static final String CLAIM = "{'name':'Claim','color':'#D55E00','shortcut':'2'}";

    private static CodebookDraft read(String json) throws ImportException {
        return new CodebookJsonReader().read(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    }

    /** A version 1 codebook file around these categories and document fields. */
    private static String codebook(String categories, String documentFields) {
        return "{'format':'newsmark-codebook','version':1,'name':'Test','categories':[" + categories
                + "],'documentFields':[" + documentFields + "]}";
    }

    private static String codebook(String categories) {
        return codebook(categories, "");
    }

    @Test
    void aMinimalHandWrittenFileGivesACodebookANewProjectCanStartWith() throws Exception {
        CodebookDraft draft = read("{'format':'newsmark-codebook','version':1,'name':' Sources ','categories':["
                + "{'name':' Speaker ','color':'#0072b2','role':'source','children':[{'name':'Expert','color':'#4A97D0'}]},"
                + "{'name':'Claim','color':'#D55E00','shortcut':'c','description':'What is asserted.','attributes':["
                + "{'name':'Checked','type':'yes_no'},{'name':'Tone','type':'choice','choices':[' pro ','anti']}]}],"
                + "'comment':'fields a version 1 reader does not know are ignored'}");

        assertThat(draft).isEqualTo(new CodebookDraft("Sources", List.of(
                new CategoryDraft("Speaker", "#0072b2", null, "", CategoryRole.SOURCE, List.of(),
                        List.of(new CategoryDraft("Expert", "#4A97D0", null, ""))),
                new CategoryDraft("Claim", "#D55E00", "c", "What is asserted.", null,
                        List.of(new AttributeDraft("Checked", AttributeType.YES_NO, List.of(), ""),
                                new AttributeDraft("Tone", AttributeType.CHOICE, List.of("pro", "anti"), "")),
                        List.of())),
                List.of()));
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN, draft)) {
            assertThat(store.codebook().toDraft("Sources")).isEqualTo(draft);
        }
    }

    @Test
    void theSameAttributeNameMayBeUsedInDifferentCategories() throws Exception {
        CodebookDraft draft = read(codebook(
                "{'name':'Speaker','color':'#0072B2','attributes':[{'name':'Note','type':'text'}]},"
                        + "{'name':'Claim','color':'#D55E00','attributes':[{'name':'Note','type':'text'}]}",
                "{'name':'Note','type':'text'}"));
        assertThat(draft.categories()).extracting(category -> category.attributes().get(0).name()).containsExactly("Note", "Note");
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                // What the file is
                Arguments.of("[]", "this is not a Newsmark codebook: the file holds a list, not a JSON object"),
                Arguments.of("'codebook'", "this is not a Newsmark codebook: the file holds text, not a JSON object"),
                Arguments.of("{'version':1,'name':'Test','categories':[" + SPEAKER + "]}",
                        "this is not a Newsmark codebook: \"format\" is missing (it should be \"newsmark-codebook\")"),
                Arguments.of("{'format':'refi-qda','version':1}",
                        "this is not a Newsmark codebook: \"format\" is \"refi-qda\", not \"newsmark-codebook\""),
                Arguments.of("{'format':'newsmark-codebook','version':2,'name':'Test','categories':[{'name':'New','colour':'red'}]}",
                        "this codebook was written by a newer Newsmark (file version 2; this Newsmark reads version 1). "
                                + "Update Newsmark to read it."),
                Arguments.of("{'format':'newsmark-codebook','name':'Test'}",
                        "version is missing; this Newsmark reads codebook files of version 1"),
                Arguments.of("{'format':'newsmark-codebook','version':'1'}", "version must be a whole number such as 1, not \"1\""),
                Arguments.of("{'format':'newsmark-codebook','version':1.5}", "version must be a whole number such as 1, not 1.5"),
                // The codebook
                Arguments.of("{'format':'newsmark-codebook','version':1,'categories':[" + SPEAKER + "]}", "the codebook needs a name"),
                Arguments.of("{'format':'newsmark-codebook','version':1,'name':'  ','categories':[" + SPEAKER + "]}",
                        "the codebook needs a name"),
                Arguments.of("{'format':'newsmark-codebook','version':1,'name':'Test'}", "categories is missing"),
                Arguments.of(codebook(""), "categories: the codebook has none; it needs at least one category to tag with"),
                Arguments.of("{'format':'newsmark-codebook','version':1,'name':'Test','categories':{'name':'Speaker'}}",
                        "categories must be a list [...], not {\"name\":\"Speaker\"}"),
                // Categories
                Arguments.of(codebook("'Speaker'"), "categories[0]: a category must be a JSON object {...}, not \"Speaker\""),
                Arguments.of(codebook(SPEAKER + ",{'color':'#D55E00'}"), "categories[1]: a category needs a name"),
                Arguments.of(codebook(SPEAKER + ",{'name':' ','color':'#D55E00'}"), "categories[1]: a category needs a name"),
                Arguments.of(codebook("{'name':5,'color':'#D55E00'}"), "categories[0]: name must be text, not 5"),
                Arguments.of(codebook(SPEAKER + "," + CLAIM + ",{'name':'Context','color':'#CC79A7','children':["
                                + "{'name':'History','color':'blue'}]}"),
                        "categories[2].children[0]: colour must look like #RRGGBB, not \"blue\""),
                Arguments.of(codebook("{'name':'Speaker','color':'#0072B'}"), "categories[0]: colour must look like #RRGGBB, not \"#0072B\""),
                Arguments.of(codebook("{'name':'Speaker'}"), "categories[0]: colour is missing; it must look like #RRGGBB"),
                Arguments.of(codebook(SPEAKER + "," + CLAIM.replace("Claim", "Speaker")),
                        "categories[1]: the name \"Speaker\" is already used by categories[0]"),
                Arguments.of(codebook("{'name':'Speaker','color':'#0072B2','children':[{'name':'Politician','color':'#2B83C6'}]},"
                                + "{'name':'Claim','color':'#D55E00','children':[{'name':'politician','color':'#2B83C6'}]}"),
                        "categories[1].children[0]: the name \"politician\" is already used by categories[0].children[0] "
                                + "(names that differ only in upper and lower case count as the same)"),
                Arguments.of(codebook(SPEAKER + "," + CLAIM.replace("'2'", "'1'")),
                        "categories[1]: the shortcut \"1\" is already used by categories[0]"),
                Arguments.of(codebook("{'name':'Speaker','color':'#0072B2','shortcut':'q','children':["
                                + "{'name':'Expert','color':'#4A97D0','shortcut':'Q'}]}"),
                        "categories[0].children[0]: the shortcut \"Q\" is already used by categories[0] "
                                + "(a key is the same in upper and lower case)"),
                Arguments.of(codebook(SPEAKER.replace("'1'", "'12'")), "categories[0]: a shortcut is exactly one character, not \"12\""),
                Arguments.of(codebook(SPEAKER.replace("'1'", "''")), "categories[0]: a shortcut is exactly one character, not \"\""),
                Arguments.of(codebook(SPEAKER.replace("'1'", "1")), "categories[0]: shortcut must be text, not 1"),
                Arguments.of(codebook("{'name':'Speaker','color':'#0072B2','role':'speaker'}"),
                        "categories[0]: unknown role \"speaker\"; the roles are source, content, cue, context"),
                Arguments.of(codebook("{'name':'Speaker','color':'#0072B2','children':'Expert'}"),
                        "categories[0]: children must be a list [...], not \"Expert\""),
                // Attributes and document fields
                Arguments.of(codebook("{'name':'Claim','color':'#D55E00','attributes':[{'name':'Checked','type':'date'}]}"),
                        "categories[0].attributes[0]: unknown attribute type \"date\"; one of choice, yes_no, number, text"),
                Arguments.of(codebook("{'name':'Claim','color':'#D55E00','attributes':[{'name':'Checked'}]}"),
                        "categories[0].attributes[0]: an attribute needs a type: one of choice, yes_no, number, text"),
                Arguments.of(codebook("{'name':'Claim','color':'#D55E00','attributes':[{'type':'text'}]}"),
                        "categories[0].attributes[0]: an attribute needs a name"),
                Arguments.of(codebook("{'name':'Claim','color':'#D55E00','attributes':[{'name':'Kind','type':'choice'}]}"),
                        "categories[0].attributes[0]: the choice attribute \"Kind\" needs at least one choice"),
                Arguments.of(codebook(SPEAKER, "{'name':'Tone','type':'choice','choices':[]}"),
                        "documentFields[0]: the choice attribute \"Tone\" needs at least one choice"),
                Arguments.of(codebook(SPEAKER, "{'name':'Tone','type':'choice','choices':['pro',' ']}"),
                        "documentFields[0].choices[1]: a choice must not be blank"),
                Arguments.of(codebook(SPEAKER, "{'name':'Tone','type':'choice','choices':['pro',1]}"),
                        "documentFields[0].choices[1]: a choice must be text, not 1"),
                Arguments.of(codebook(SPEAKER, "{'name':'Tone','type':'choice','choices':['Pro','pro']}"),
                        "documentFields[0].choices[1]: the choice \"pro\" is already used by documentFields[0].choices[0] "
                                + "(coders' values are matched ignoring upper and lower case)"),
                Arguments.of(codebook(SPEAKER, "{'name':'Checked','type':'yes_no','choices':['yes','no']}"),
                        "documentFields[0]: only choice attributes have choices, and \"Checked\" is of type yes_no"),
                Arguments.of(codebook("{'name':'Claim','color':'#D55E00','attributes':[{'name':'Kind','type':'text'},"
                                + "{'name':'Kind','type':'choice','choices':['a']}]}"),
                        "categories[0].attributes[1]: the name \"Kind\" is already used by categories[0].attributes[0]"),
                Arguments.of(codebook(SPEAKER, "{'name':'Tone','type':'text'},{'name':'tone','type':'number'}"),
                        "documentFields[1]: the name \"tone\" is already used by documentFields[0] "
                                + "(names that differ only in upper and lower case count as the same)"),
                Arguments.of(codebook(SPEAKER, "'Tone'"), "documentFields[0]: an attribute must be a JSON object {...}, not \"Tone\""));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void aFaultyCodebookIsRefusedSayingWhatAndWhere(String json, String message) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(ImportException.class).hasMessage(message);
    }

    @Test
    void malformedJsonIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> read("{'format':'newsmark-codebook',\n'version':1,,}"))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("the file is not valid JSON at line 2, column 13: ");
        assertThatThrownBy(() -> read(codebook(SPEAKER) + " {}"))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("the file is not valid JSON at line 1");
        assertThatThrownBy(() -> read("{'format':'newsmark-codebook','version':1,'name':'A','name':'B','categories':[" + SPEAKER + "]}"))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("the file is not valid JSON at line 1")
                .hasMessageContaining("Duplicate field 'name'");
        assertThatThrownBy(() -> read("")).isInstanceOf(ImportException.class).hasMessage("the file is empty");
    }

    @Test
    void aFileThatCannotBeReadIsRefused() {
        assertThatThrownBy(() -> new CodebookJsonReader().read(folder.resolve("missing.json")))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("the file could not be read (");
    }
}
