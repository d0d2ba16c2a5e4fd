package org.newsmark.formats;

/**
 * WebAnno TSV's escaping (its specification, "Reserved Characters", and INCEpTION's reader): in
 * feature values {@code \ [ ] | _ -> ; * } and tab and line feed are escaped with a backslash; in
 * {@code #Text=} lines the backslash, tab, line feed, carriage return, form feed, backspace and other
 * control characters. Version 3.1 wrote Java string escapes in the text.
 */
public final class TsvEscaping {

    private TsvEscaping() {
    }

    /** A feature value as the file holds it, unescaped. */
    public static String unescapeValue(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder plain = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(i + 1);
                switch (next) {
                    case '\\', '[', ']', '|', '_', ';', '*' -> {
                        plain.append(next);
                        i++;
                        continue;
                    }
                    case 't' -> {
                        plain.append('\t');
                        i++;
                        continue;
                    }
                    case 'n' -> {
                        plain.append('\n');
                        i++;
                        continue;
                    }
                    case '-' -> {
                        if (value.startsWith("->", i + 1)) {
                            plain.append("->");
                            i += 2;
                            continue;
                        }
                    }
                    default -> {
                    }
                }
            }
            plain.append(c);
        }
        return plain.toString();
    }

    /** A feature value as a file must hold it. */
    public static String escapeValue(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\', '[', ']', '|', '_', ';', '*' -> escaped.append('\\').append(c);
                case '\t' -> escaped.append("\\t");
                case '\n' -> escaped.append("\\n");
                case '-' -> {
                    if (i + 1 < value.length() && value.charAt(i + 1) == '>') {
                        escaped.append("\\->");
                        i++;
                    } else {
                        escaped.append(c);
                    }
                }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The text of a {@code #Text=} line, unescaped as its format version wrote it. */
    public static String unescapeText(String text, int minorVersion) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                plain.append(c);
                continue;
            }
            char next = text.charAt(i + 1);
            Character decoded = switch (next) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 'f' -> '\f';
                case 'b' -> '\b';
                case '\\' -> '\\';
                default -> null;
            };
            if (decoded == null && minorVersion >= 2 && next < 32 && !(next > 7 && next < 14)) {
                decoded = next; // a control character written after a backslash as it is
            }
            if (decoded == null && minorVersion <= 1) {
                if ((next == '"' || next == '\'')) {
                    decoded = next;
                } else if (next == 'u' && i + 5 < text.length()
                        && text.substring(i + 2, i + 6).matches("[0-9A-Fa-f]{4}")) {
                    plain.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                    i += 5;
                    continue;
                }
            }
            if (decoded == null) {
                plain.append(c);
            } else {
                plain.append(decoded.charValue());
                i++;
            }
        }
        return plain.toString();
    }

    /** Text for a {@code #Text=} line (3.2 and later); line feeds are not escaped but split the text over lines. */
    public static String escapeText(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\t' -> escaped.append("\\t");
                case '\r' -> escaped.append("\\r");
                case '\f' -> escaped.append("\\f");
                case '\b' -> escaped.append("\\b");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    if (c < 32 && !(c > 7 && c < 14)) {
                        escaped.append('\\').append(c);
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
