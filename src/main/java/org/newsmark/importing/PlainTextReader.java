package org.newsmark.importing;

import java.io.IOException;
import java.util.Locale;
import org.newsmark.model.ArticleDraft;

/**
 * Plain text and Markdown files: one article each, read by {@link NewsTextReader}. A Markdown
 * heading marker on the first line ("# Headline") is not part of the title, though it stays in the
 * text so offsets keep meaning the file.
 */
public final class PlainTextReader implements ArticleReader {

    private final NewsTextReader reader = new NewsTextReader();

    @Override
    public String format() {
        return "text";
    }

    @Override
    public boolean reads(String fileName, byte[] head) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md") || name.endsWith(".markdown");
    }

    @Override
    public void read(ImportSource source, ArticleSink sink) throws ImportException, IOException {
        String text = TextDecoder.decode(source.readAll(), source.encoding());
        ArticleDraft draft = reader.read(text, source.metadata());
        if (draft.title().startsWith("#") && source.metadata().title() == null) {
            draft = new ArticleDraft(draft.title().replaceFirst("^#+\\s*", ""), draft.standfirst(), draft.source(),
                    draft.byline(), draft.published(), draft.url(), draft.text());
        }
        sink.article("", draft);
    }
}
