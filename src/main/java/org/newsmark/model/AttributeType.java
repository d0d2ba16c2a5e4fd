package org.newsmark.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of value an attribute holds. Values are stored as text in a canonical form. */
public enum AttributeType {
    /** One of a list of choices, stored as the choice's text. */
    CHOICE("choice"),
    /** "yes" or "no". */
    YES_NO("yes_no"),
    /** A decimal number, stored without trailing zeros ("3", "2.5"). */
    NUMBER("number"),
    /** Free text. */
    TEXT("text");

    private final String code;

    AttributeType(String code) {
        this.code = code;
    }

    /** The name used in the project file and in codebook files. */
    public String code() {
        return code;
    }

    public static AttributeType fromCode(String code) {
        for (AttributeType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown attribute type \"" + code + "\"; one of choice, yes_no, number, text");
    }

    /** The outcome of reading a value: its canonical form, or why it is not valid. */
    public record Reading(String value, String problem) {
        public boolean valid() {
            return problem == null;
        }
    }

    /** Reads a value typed or imported for an attribute of this type; blank means "no value". */
    public Reading read(String raw, List<String> choices) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return new Reading("", null);
        }
        return switch (this) {
            case TEXT -> new Reading(value, null);
            case YES_NO -> readYesNo(value);
            case NUMBER -> readNumber(value);
            case CHOICE -> choices.stream().filter(choice -> choice.equalsIgnoreCase(value)).findFirst()
                    .map(choice -> new Reading(choice, null))
                    .orElse(new Reading(null, "\"" + value + "\" is not one of " + String.join(", ", choices)));
        };
    }

    private static Reading readYesNo(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (List.of("yes", "y", "true", "1").contains(lower)) {
            return new Reading("yes", null);
        }
        if (List.of("no", "n", "false", "0").contains(lower)) {
            return new Reading("no", null);
        }
        return new Reading(null, "\"" + value + "\" is not yes or no");
    }

    private static Reading readNumber(String value) {
        try {
            BigDecimal number = new BigDecimal(value.replace(',', '.'));
            String canonical = number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
            return new Reading(canonical, null);
        } catch (NumberFormatException e) {
            return new Reading(null, "\"" + value + "\" is not a number");
        }
    }

    public Optional<String> problemWith(String raw, List<String> choices) {
        return Optional.ofNullable(read(raw, choices).problem());
    }
}
