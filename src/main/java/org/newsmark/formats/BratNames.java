package org.newsmark.formats;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * How brat's type names and Newsmark's category and attribute names map onto each other. brat types
 * are single words (its tools read lines split at spaces, colons and semicolons), so a Newsmark name
 * is written with every other character (a space, a colon) as {@code _}, and a brat type is read
 * with every {@code _} as a space: "Expert quote" and {@code Expert_quote} are the same both ways.
 * Attribute values keep every character but white space.
 */
public final class BratNames {

    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{2}");
    private static final Pattern NOT_IN_TYPES = Pattern.compile("[^\\p{L}\\p{N}_.-]");

    private BratNames() {
    }

    /** The Newsmark name of a brat type, attribute or value. */
    public static String fromBrat(String type) {
        return type.replace('_', ' ');
    }

    /** The brat type (or attribute name) for a Newsmark name. */
    public static String toBrat(String name) {
        String type = NOT_IN_TYPES.matcher(name.strip()).replaceAll("_");
        return type.isEmpty() ? "_" : type;
    }

    /**
     * An attribute value as a brat {@code A} line holds it: the rest of the line, so only its spaces,
     * tabs and line breaks become {@code _}; "naïve 😀 value" is {@code naïve_😀_value}.
     */
    public static String valueToBrat(String value) {
        String written = value.strip().replaceAll("\\s", "_");
        return written.isEmpty() ? "_" : written;
    }

    /** The Newsmark value of a brat attribute value. */
    public static String valueFromBrat(String value) {
        return value.replace('_', ' ').strip();
    }

    /**
     * The folders of a brat corpus with one annotation file per coder (PolNeAR's layout):
     * {@code text/name.txt}, and {@code attributions/name_coder.ann} for each coder of it.
     */
    public static final String TEXT_FOLDER = "text";
    public static final String CODER_FOLDER = "attributions";

    /**
     * The file of one coder's annotations of a document in the layout of {@link #TEXT_FOLDER} and
     * {@link #CODER_FOLDER}: {@code name_coder.ann}, the coder's name with every character but
     * letters, digits, {@code -} and {@code .} written as {@code %} and its UTF-8 bytes in hexadecimal,
     * so that the name after the last {@code _} is always the whole coder's.
     */
    public static String coderFileName(String document, String coder) {
        StringBuilder name = new StringBuilder(document).append('_');
        coder.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '.') {
                name.appendCodePoint(c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    name.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        });
        return name.append(".ann").toString();
    }

    /**
     * The document and the coder a coder's annotation file is named after ({@code name_coder.ann}),
     * or null when its name has no {@code _}.
     */
    public static String[] documentAndCoder(String annFileName) {
        String base = annFileName.endsWith(".ann") ? annFileName.substring(0, annFileName.length() - 4) : annFileName;
        int cut = base.lastIndexOf('_');
        if (cut <= 0 || cut == base.length() - 1) {
            return null;
        }
        String coder = base.substring(cut + 1);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < coder.length(); ) {
            int c = coder.codePointAt(i);
            if (c == '%' && i + 3 <= coder.length() && HEX.matcher(coder.substring(i + 1, i + 3)).matches()) {
                bytes.write(Integer.parseInt(coder.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                byte[] own = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
                bytes.write(own, 0, own.length);
                i += Character.charCount(c);
            }
        }
        return new String[] {base.substring(0, cut), bytes.toString(StandardCharsets.UTF_8)};
    }
}
