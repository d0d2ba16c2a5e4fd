package org.newsmark.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's sample articles, as tests find them from the project folder. */
public final class Samples {

    public static final Path FOLDER = Path.of("samples");
    public static final Path BBC = FOLDER.resolve("bbc-musk-trump-x.txt");
    public static final Path WIKINEWS = FOLDER.resolve("wikinews");

    private Samples() {
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
