package org.newsmark.importing.collection;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's reasons, said for a researcher: "a colon should follow the field name" rather than
 * "Unexpected character ('1' (code 49)): was expecting a colon…", and never a class or source name.
 */
final class JsonProblems {

    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '(.{1,40}?)'");
    private static final Pattern CLOSE_MARKER = Pattern.compile("Unexpected close marker '(.)'");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?(start marker at |for \\w+ starting at )?\\[Source:[^\\]]*\\]\\)?");

    private JsonProblems() {
    }

    /** What is wrong, in a short phrase: "a comma is missing between two values". */
    static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return message.startsWith("String value length")
                    ? "a text value is longer than " + JsonSetup.MAX_STRING_CHARS / (1024 * 1024) + " MB"
                    : "it is nested too deeply or has a value too long to read";
        }
        if (e instanceof JsonEOFException) {
            if (message.contains("closing quote")) {
                return "it ends inside a text value (a closing quote is missing): the file may be cut off";
            }
            if (message.contains("for Array")) {
                return "it ends before a list is closed with ']': the file may be cut off";
            }
            return message.contains("for Object") ? "it ends before an object is closed with '}': the file may be cut off"
                    : "it ends before the JSON is complete: the file may be cut off";
        }
        Matcher unexpected = UNEXPECTED.matcher(message);
        if (unexpected.find()) {
            return "unexpected character " + quoted(unexpected.group(1)) + hint(message);
        }
        Matcher unrecognized = UNRECOGNIZED.matcher(message);
        if (unrecognized.find()) {
            return "unexpected word '" + unrecognized.group(1) + "' (text values need double quotes)";
        }
        Matcher close = CLOSE_MARKER.matcher(message);
        if (close.find()) {
            return message.contains("no open") ? "'" + close.group(1) + "' closes nothing that was opened"
                    : "'" + close.group(1) + "' does not match the bracket that is open";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "a text value holds a line break or control character that should be escaped (as \\n)";
        }
        if (message.startsWith("Invalid numeric value")) {
            return "invalid number" + message.substring("Invalid numeric value".length()).toLowerCase(Locale.ROOT);
        }
        String cleaned = SOURCE.matcher(message).replaceAll("").replaceAll(" \\(code \\d+\\)", "");
        return cleaned.length() > 100 ? cleaned.substring(0, 100) + "…" : cleaned;
    }

    private static String hint(String message) {
        if (message.contains("expecting a colon")) {
            return ": a colon should follow the field name";
        }
        if (message.contains("double-quote to start field name")) {
            return ": field names need double quotes";
        }
        if (message.contains("expecting comma")) {
            return ": a comma is missing between two values";
        }
        return message.contains("expected a valid value") ? ": a value is missing" : "";
    }

    private static String quoted(String character) {
        return "'".equals(character) ? "\"'\"" : "'" + character + "'";
    }

    /** "line 3, column 17" of the problem. */
    static String at(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return String.format(Locale.ROOT, "line %,d, column %,d", location.getLineNr(), location.getColumnNr());
    }
}
