package org.newsmark.importing;

import java.util.List;
import java.util.Optional;
import org.newsmark.importing.brat.BratReader;
import org.newsmark.importing.collection.CsvReader;
import org.newsmark.importing.html.HtmlReader;
import org.newsmark.importing.w3c.W3cReader;
import org.newsmark.importing.webanno.WebAnnoTsvReader;
import org.newsmark.importing.collection.JsonReader;
import org.newsmark.importing.collection.JsonlReader;

/** The readers of every format Newsmark imports, and the choice of one for a file. */
public final class ArticleReaders {

    private final List<ArticleReader> readers;

    public ArticleReaders(List<ArticleReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** Every format Newsmark reads, the first that knows a file reading it. */
    public static ArticleReaders all() {
        return new ArticleReaders(List.of(new PlainTextReader(), new HtmlReader(), new JsonlReader(), new JsonReader(),
                new WebAnnoTsvReader(), new CsvReader(), new ProjectFileReader(), new BratReader(), new W3cReader()));
    }

    /** The reader for a file, by its name and first bytes; empty when no reader knows it. */
    public Optional<ArticleReader> readerFor(String fileName, byte[] head) {
        return readers.stream().filter(reader -> reader.reads(fileName, head)).findFirst();
    }

    public Optional<ArticleReader> byFormat(String format) {
        return readers.stream().filter(reader -> reader.format().equalsIgnoreCase(format)).findFirst();
    }

    /** Every reader, in the order they are asked. */
    public List<ArticleReader> readers() {
        return readers;
    }

    public List<String> formats() {
        return readers.stream().map(ArticleReader::format).toList();
    }
}
