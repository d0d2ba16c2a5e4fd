package org.newsmark.exporting;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsmark.model.Article;

/**
 * Names the files of a folder export, one name per article: the title made safe for every file
 * system (letters, digits, {@code . _ -}; no leading dot or dash, no trailing dot), at most
 * {@value #MAX_LENGTH} characters, unique without regard to case. An article imported from a brat folder has its document's name as its title, so
 * it is exported under the same name again.
 */
public final class ExportFileNames {

    private static final int MAX_LENGTH = 80;
    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]+");
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "annotation", "visual", "tools",
            "kb_shortcuts");

    private final Set<String> used = new HashSet<>();

    /** A name, without extension, no other article of this export has. */
    public String nameFor(Article article) {
        String base = safe(article.title());
        if (base.isEmpty() || RESERVED.contains(base.toLowerCase(Locale.ROOT))) {
            base = "article-" + article.id();
        }
        String name = base;
        if (!used.add(name.toLowerCase(Locale.ROOT))) {
            name = base + "-" + article.id();
            for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + "-" + article.id() + "-" + n;
            }
        }
        return name;
    }

    static String safe(String title) {
        String normalized = Normalizer.normalize(title.strip(), Normalizer.Form.NFC);
        // A leading dot would hide the file, a leading dash reads as an option, a trailing dot is lost on Windows.
        String safe = UNSAFE.matcher(normalized).replaceAll("-").replaceAll("^[-.]+|\\.+$", "");
        if (safe.length() > MAX_LENGTH) {
            int cut = MAX_LENGTH;
            if (Character.isHighSurrogate(safe.charAt(cut - 1))) {
                cut--;
            }
            safe = safe.substring(0, cut).replaceAll("\\.+$", "");
        }
        return safe;
    }
}
