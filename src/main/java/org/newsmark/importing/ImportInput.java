package org.newsmark.importing;

import java.nio.file.Path;
import java.util.Objects;

/** Something the person asked to import: a file or folder, a web address, or text they pasted. */
public sealed interface ImportInput {

    /** What the report calls it. */
    String label();

    record FileInput(Path path) implements ImportInput {
        public FileInput {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String label() {
            return path.toString();
        }
    }

    record UrlInput(String url) implements ImportInput {
        public UrlInput {
            Objects.requireNonNull(url, "url");
        }

        @Override
        public String label() {
            return url;
        }
    }

    /** Pasted text, read as a plain-text article. */
    record TextInput(String name, String text) implements ImportInput {
        public TextInput {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String label() {
            return name;
        }
    }

    static ImportInput file(Path path) {
        return new FileInput(path);
    }

    static ImportInput url(String url) {
        return new UrlInput(url);
    }

    static ImportInput text(String name, String text) {
        return new TextInput(name, text);
    }
}
