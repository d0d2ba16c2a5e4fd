package org.newsmark.importing.html;

import org.newsmark.importing.ByteOrderMark;
import org.newsmark.importing.ImportException;
import org.newsmark.importing.ImportSource;
import org.newsmark.importing.TextDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a saved page's bytes into text, choosing the encoding as browsers do, in this order: a
 * byte-order mark; the encoding the server declared (HTTP Content-Type); the page's own
 * {@code <meta charset>} or {@code http-equiv} declaration near its start; and otherwise a guess: valid
 * UTF-8 is UTF-8, anything else is the encoding the person chose, or windows-1252 (what browsers
 * assume for Western pages). Bytes invalid in the chosen encoding are refused, not imported as garbage.
 */
final class HtmlDecoder {

    /** How far into the page browsers look for a charset declaration. */
    private static final int PRESCAN_BYTES = 4096;

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    /**
     * Labels that browsers read as a larger encoding than Java's charset of that name: pages labelled
     * ISO-8859-1 routinely contain windows-1252 quotes, Shift_JIS pages contain Microsoft's additions.
     * A UTF-16 label in a page we could read as ASCII is a mislabel; browsers then use UTF-8.
     */
    private static final Map<String, String> BROWSER_ENCODINGS = Map.ofEntries(
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("iso8859-1", "windows-1252"),
            Map.entry("latin1", "windows-1252"), Map.entry("l1", "windows-1252"),
            Map.entry("us-ascii", "windows-1252"), Map.entry("ascii", "windows-1252"),
            Map.entry("shift_jis", "windows-31j"), Map.entry("shift-jis", "windows-31j"),
            Map.entry("sjis", "windows-31j"), Map.entry("x-sjis", "windows-31j"),
            Map.entry("gb2312", "GBK"), Map.entry("euc-kr", "x-windows-949"),
            Map.entry("iso-8859-9", "windows-1254"), Map.entry("tis-620", "x-windows-874"),
            Map.entry("utf-16", "UTF-8"), Map.entry("utf-16le", "UTF-8"), Map.entry("utf-16be", "UTF-8"));

    private HtmlDecoder() {
    }

    static String decode(byte[] bytes, ImportSource source) throws ImportException {
        if (bytes.length == 0) {
            throw new ImportException("the file is empty");
        }
        java.util.Optional<ByteOrderMark> mark = ByteOrderMark.of(bytes);
        if (mark.isPresent()) {
            return checked(strictDecode(bytes, mark.get().length(), mark.get().charset(), "its byte-order mark says it is"));
        }
        String format = HtmlSniffing.binaryFormat(bytes);
        if (format != null) {
            throw new ImportException("it is " + format + ", not a web page");
        }
        if (TextDecoder.containsNul(bytes)) {
            throw new ImportException("it is a binary file, not a web page");
        }
        Charset declared = source.declaredEncoding() == null ? null : browserCharset(source.declaredEncoding().name());
        if (declared != null) {
            return checked(strictDecode(bytes, 0, declared, "the server declared it as"));
        }
        Charset own = declaredInPage(bytes);
        if (own != null) {
            return checked(strictDecode(bytes, 0, own, "the page says it is"));
        }
        String utf8 = decodeOrNull(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return checked(utf8);
        }
        Charset guess = source.encoding().equals(StandardCharsets.UTF_8) ? Charset.forName("windows-1252")
                : source.encoding();
        return checked(strictDecode(bytes, 0, guess, null));
    }

    /** The encoding a {@code <meta>} tag or XML declaration near the start names, if Java knows it. */
    static Charset declaredInPage(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            Charset charset = browserCharset(xml.group(1));
            if (charset != null) {
                return charset;
            }
        }
        Matcher meta = META_CHARSET.matcher(head);
        while (meta.find()) {
            Charset charset = browserCharset(meta.group(1));
            if (charset != null) {
                return charset;
            }
        }
        return null;
    }

    /** The charset browsers use for this label, or null for a name nobody knows (the guess decides). */
    static Charset browserCharset(String label) {
        String name = BROWSER_ENCODINGS.getOrDefault(label.toLowerCase(Locale.ROOT), label);
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String strictDecode(byte[] bytes, int offset, Charset charset, String claim) throws ImportException {
        CharsetDecoder decoder = newDecoder(charset);
        ByteBuffer input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return decoder.decode(input).toString();
        } catch (CharacterCodingException e) {
            // The buffer stops at the first bad byte; its position counts from the start of the file.
            String where = "bad bytes at byte " + input.position();
            if (claim == null) {
                throw new ImportException("it is not valid " + charset.displayName() + " text (" + where
                        + "); save it as UTF-8 or name its encoding", e);
            }
            throw new ImportException("it is not valid " + charset.displayName() + " text, though " + claim + " "
                    + charset.displayName() + " (" + where + "); the page may be damaged, save it again", e);
        }
    }

    private static String decodeOrNull(byte[] bytes, Charset charset) {
        try {
            return newDecoder(charset).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static CharsetDecoder newDecoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String checked(String text) throws ImportException {
        if (TextDecoder.looksBinary(text)) {
            throw new ImportException("it is a binary file, not a web page");
        }
        return text;
    }
}
