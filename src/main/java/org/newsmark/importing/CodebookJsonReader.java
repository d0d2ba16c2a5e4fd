package org.newsmark.importing;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsmark.model.AttributeDraft;
import org.newsmark.model.AttributeType;
import org.newsmark.model.CategoryDraft;
import org.newsmark.model.CategoryRole;
import org.newsmark.model.CodebookDraft;
import org.newsmark.model.ShortText;

/**
 * Reads a Newsmark codebook file (the JSON that {@code CodebookJsonWriter} writes) into a
 * {@link CodebookDraft}. Such files are shared between coders and edited by hand, so everything a
 * project would refuse later is checked here first, and a problem is reported with where it is in
 * the file ({@code categories[2].children[0]}) in words a researcher can act on. The result is a
 * whole, valid draft or an {@link ImportException}: never part of a codebook.
 *
 * <p>Names are compared ignoring upper and lower case, as the project file does; shortcuts too, since
 * the window takes {@code q} and {@code Q} for the same key. Fields this version does not know are
 * ignored; a file of a newer version is refused rather than read in part.
 */
public final class CodebookJsonReader {

    static final String FORMAT = "newsmark-codebook";
    /** The newest version of the file format this Newsmark understands. */
    static final int NEWEST_VERSION = 1;

    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final int SHOWN_VALUE_LENGTH = 60;

    // Duplicated keys would silently lose one value, and text after the object would be ignored.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public CodebookDraft read(Path file) throws ImportException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException("the file could not be read (" + e.getMessage() + ")", e);
        }
        return read(bytes);
    }

    /** Reads a codebook from JSON in UTF-8 (UTF-16 and UTF-32 are recognised too). */
    public CodebookDraft read(byte[] json) throws ImportException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            JsonLocation location = e.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new ImportException("the file is not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ImportException("the file could not be read (" + e.getMessage() + ")", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ImportException("the file is empty");
        }
        if (!root.isObject()) {
            throw new ImportException("this is not a Newsmark codebook: the file holds " + kind(root) + ", not a JSON object");
        }
        checkFormat(root);
        checkVersion(root);
        return new Walk().codebook(root);
    }

    private static void checkFormat(JsonNode root) throws ImportException {
        JsonNode format = root.get("format");
        if (format == null || format.isNull()) {
            throw new ImportException("this is not a Newsmark codebook: \"format\" is missing (it should be \"" + FORMAT + "\")");
        }
        if (!format.isTextual() || !format.asText().equals(FORMAT)) {
            throw new ImportException("this is not a Newsmark codebook: \"format\" is " + shown(format)
                    + ", not \"" + FORMAT + "\"");
        }
    }

    private static void checkVersion(JsonNode root) throws ImportException {
        JsonNode version = root.get("version");
        if (version == null || version.isNull()) {
            throw new ImportException("version is missing; this Newsmark reads codebook files of version " + NEWEST_VERSION);
        }
        if (!version.isIntegralNumber() || version.bigIntegerValue().signum() <= 0) {
            throw new ImportException("version must be a whole number such as 1, not " + shown(version));
        }
        if (version.bigIntegerValue().compareTo(BigInteger.valueOf(NEWEST_VERSION)) > 0) {
            throw new ImportException("this codebook was written by a newer Newsmark (file version " + version.bigIntegerValue()
                    + "; this Newsmark reads version " + NEWEST_VERSION + "). Update Newsmark to read it.");
        }
    }

    /** One pass over a file's tree, remembering names and keys so that duplicates are found anywhere in it. */
    private static final class Walk {

        private final Map<String, Use> categoryNames = new HashMap<>();
        private final Map<String, Use> shortcuts = new HashMap<>();

        CodebookDraft codebook(JsonNode root) throws ImportException {
            String name = name(root, "", "the codebook needs a name");
            List<JsonNode> categoryNodes = list(root, "categories", "", true);
            if (categoryNodes.isEmpty()) {
                throw new ImportException("categories: the codebook has none; it needs at least one category to tag with");
            }
            List<CategoryDraft> categories = categories(categoryNodes, "categories");
            List<AttributeDraft> documentFields = attributes(list(root, "documentFields", "", false), "documentFields");
            return new CodebookDraft(name, categories, documentFields);
        }

        private List<CategoryDraft> categories(List<JsonNode> nodes, String where) throws ImportException {
            List<CategoryDraft> categories = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                categories.add(category(nodes.get(i), where + "[" + i + "]"));
            }
            return categories;
        }

        private CategoryDraft category(JsonNode node, String where) throws ImportException {
            requireObject(node, where, "a category");
            String name = name(node, where, "a category needs a name");
            claim(categoryNames, name, where, "the name", "names that differ only in upper and lower case count as the same");
            String color = color(node, where);
            String shortcut = text(node, "shortcut", where);
            if (shortcut != null) {
                if (shortcut.codePointCount(0, shortcut.length()) != 1) {
                    throw problem(where, "a shortcut is exactly one character, not " + quoted(shortcut));
                }
                claim(shortcuts, shortcut, where, "the shortcut", "a key is the same in upper and lower case");
            }
            String description = text(node, "description", where);
            CategoryRole role = role(node, where);
            List<AttributeDraft> attributes = attributes(list(node, "attributes", where, false), where + ".attributes");
            List<CategoryDraft> children = categories(list(node, "children", where, false), where + ".children");
            return new CategoryDraft(name, color, shortcut, description, role, attributes, children);
        }

        private static String color(JsonNode node, String where) throws ImportException {
            String color = text(node, "color", where);
            if (color == null) {
                throw problem(where, "colour is missing; it must look like #RRGGBB");
            }
            if (!COLOR.matcher(color).matches()) {
                throw problem(where, "colour must look like #RRGGBB, not " + quoted(color));
            }
            return color;
        }

        private static CategoryRole role(JsonNode node, String where) throws ImportException {
            String role = text(node, "role", where);
            if (role == null || role.isBlank()) {
                return null;
            }
            for (CategoryRole known : CategoryRole.values()) {
                if (known.code().equals(role.strip())) {
                    return known;
                }
            }
            throw problem(where, "unknown role " + quoted(role) + "; the roles are "
                    + Arrays.stream(CategoryRole.values()).map(CategoryRole::code).collect(Collectors.joining(", ")));
        }

        /** Attributes of one category, or the document fields: their names must differ within the list. */
        private List<AttributeDraft> attributes(List<JsonNode> nodes, String where) throws ImportException {
            Map<String, Use> names = new HashMap<>();
            List<AttributeDraft> attributes = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                String at = where + "[" + i + "]";
                AttributeDraft attribute = attribute(nodes.get(i), at);
                claim(names, attribute.name(), at, "the name", "names that differ only in upper and lower case count as the same");
                attributes.add(attribute);
            }
            return attributes;
        }

        private static AttributeDraft attribute(JsonNode node, String where) throws ImportException {
            requireObject(node, where, "an attribute");
            String name = name(node, where, "an attribute needs a name");
            AttributeType type = type(node, where);
            List<String> choices = choices(node, where);
            if (type == AttributeType.CHOICE && choices.isEmpty()) {
                throw problem(where, "the choice attribute " + quoted(name) + " needs at least one choice");
            }
            if (type != AttributeType.CHOICE && !choices.isEmpty()) {
                throw problem(where, "only choice attributes have choices, and " + quoted(name) + " is of type " + type.code());
            }
            return new AttributeDraft(name, type, choices, text(node, "description", where));
        }

        private static AttributeType type(JsonNode node, String where) throws ImportException {
            String type = text(node, "type", where);
            if (type == null || type.isBlank()) {
                throw problem(where, "an attribute needs a type: one of " + typeCodes());
            }
            for (AttributeType known : AttributeType.values()) {
                if (known.code().equals(type.strip())) {
                    return known;
                }
            }
            throw problem(where, "unknown attribute type " + quoted(type) + "; one of " + typeCodes());
        }

        private static String typeCodes() {
            return Arrays.stream(AttributeType.values()).map(AttributeType::code).collect(Collectors.joining(", "));
        }

        /** Coders' values are matched to choices ignoring case, so choices must differ in more than case. */
        private static List<String> choices(JsonNode node, String where) throws ImportException {
            List<JsonNode> nodes = list(node, "choices", where, false);
            Map<String, Use> seen = new HashMap<>();
            List<String> choices = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                String at = where + ".choices[" + i + "]";
                JsonNode choice = nodes.get(i);
                if (!choice.isTextual()) {
                    throw problem(at, "a choice must be text, not " + shown(choice));
                }
                String value = choice.asText().strip();
                if (value.isEmpty()) {
                    throw problem(at, "a choice must not be blank");
                }
                claim(seen, value, at, "the choice", "coders' values are matched ignoring upper and lower case");
                choices.add(value);
            }
            return choices;
        }

        /** Records a name (or key) as used at {@code where}, refusing one already used elsewhere. */
        private static void claim(Map<String, Use> used, String value, String where, String what, String caseNote)
                throws ImportException {
            Use previous = used.putIfAbsent(value.toLowerCase(Locale.ROOT), new Use(value, where));
            if (previous != null) {
                String note = previous.value().equals(value) ? "" : " (" + caseNote + ")";
                throw problem(where, what + " " + quoted(value) + " is already used by " + previous.where() + note);
            }
        }

        private record Use(String value, String where) {
        }
    }

    private static String name(JsonNode node, String where, String missing) throws ImportException {
        String name = text(node, "name", where);
        if (name == null || name.isBlank()) {
            throw problem(where, missing);
        }
        return name.strip();
    }

    /** A text field, or null when it is missing or null. */
    private static String text(JsonNode object, String field, String where) throws ImportException {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw problem(where, field + " must be text, not " + shown(value));
        }
        return value.asText();
    }

    /** A list field; a missing optional list is empty. */
    private static List<JsonNode> list(JsonNode object, String field, String where, boolean required) throws ImportException {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw problem(where, field + " is missing");
            }
            return List.of();
        }
        if (!value.isArray()) {
            throw problem(where, field + " must be a list [...], not " + shown(value));
        }
        List<JsonNode> elements = new ArrayList<>();
        value.elements().forEachRemaining(elements::add);
        return elements;
    }

    private static void requireObject(JsonNode node, String where, String what) throws ImportException {
        if (!node.isObject()) {
            throw problem(where, what + " must be a JSON object {...}, not " + shown(node));
        }
    }

    private static ImportException problem(String where, String message) {
        return new ImportException(where.isEmpty() ? message : where + ": " + message);
    }

    private static String quoted(String text) {
        return shorten("\"" + text + "\"");
    }

    /** A value as it is written in the file, shortened: {@code "blue"}, {@code 5}, {@code {"name":…}}. */
    private static String shown(JsonNode node) {
        return node.isTextual() ? quoted(node.asText()) : shorten(node.toString());
    }

    private static String shorten(String text) {
        return ShortText.of(text, SHOWN_VALUE_LENGTH + 1);
    }

    private static String kind(JsonNode node) {
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            return "text";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "true or false";
        }
        return "null";
    }
}
