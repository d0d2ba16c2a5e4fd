package org.newsmark.importing.html;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/** Small clean-ups for text taken from a web page's markup and metadata. */
final class PageText {

    private PageText() {
    }

    /**
     * Whitespace (including no-break spaces) collapsed to single spaces and trimmed; entities and tags
     * that metadata sometimes carries, escaped once more than needed ("Smith &amp;amp; Jones",
     * "&lt;p&gt;Lead&lt;/p&gt;"), decoded away; null when nothing is left.
     */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String text = value;
        if (text.indexOf('&') >= 0) {
            text = Parser.unescapeEntities(text, false);
        }
        if (text.indexOf('<') >= 0 && text.indexOf('>') > text.indexOf('<')) {
            text = Jsoup.parse(text).text();
        }
        text = collapse(text);
        return text.isEmpty() ? null : text;
    }

    /** Runs of whitespace as one space, trimmed. */
    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /**
     * Letters and digits only, lower case: for telling whether two texts say the same thing although
     * one came from a meta tag (quotes straightened, ellipsis added) and one from the page.
     */
    static String comparable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit)
                .forEach(cp -> out.appendCodePoint(Character.toLowerCase(cp)));
        return out.toString();
    }

    /** The text without a closing ellipsis ("…", "...", "[…]") that marks it as cut short. */
    static String withoutEllipsis(String text) {
        return text.replaceFirst("\\s*\\[?(\u2026|\\.\\.\\.)]?$", "");
    }

    /** Whether two texts have the same words, whatever their quotes, dashes, spacing and case. */
    static boolean sameText(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String comparable = comparable(a);
        return !comparable.isEmpty() && comparable.equals(comparable(b));
    }

    /**
     * People's names as one byline: "By " dropped, web addresses (OpenGraph authors are often profile
     * links) and repeats left out, joined with ", ". Null when no name is left.
     */
    static String people(List<String> names) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String raw : names) {
            String name = clean(raw);
            if (name == null) {
                continue;
            }
            name = name.replaceFirst("(?i)^by:?\\s+", "");
            if (name.contains("://") || name.startsWith("www.") || name.length() > 200) {
                continue;
            }
            unique.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
        return unique.isEmpty() ? null : String.join(", ", unique.values());
    }

    /** An absolute http(s) address for {@code value}, resolved against the page's own address; else null. */
    static String absoluteUrl(String value, String base) {
        String url = clean(value);
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url.replace(" ", "%20"));
            if (!uri.isAbsolute() && base != null && !base.isEmpty()) {
                uri = URI.create(base).resolve(uri);
            }
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    ? uri.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
