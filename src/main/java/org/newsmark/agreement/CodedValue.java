package org.newsmark.agreement;

import org.newsmark.model.AttributeDefinition;

/**
 * An attribute's or document field's value as a coding study compares it: a choice as its place in
 * the codebook's list (so its order counts for ordinal alpha), a number as a number, yes/no and
 * text as they are.
 */
final class CodedValue {

    private CodedValue() {
    }

    static CodingMeasures.Scale scale(AttributeDefinition definition) {
        return switch (definition.type()) {
            case CHOICE -> CodingMeasures.Scale.ORDINAL;
            case NUMBER -> CodingMeasures.Scale.INTERVAL;
            default -> CodingMeasures.Scale.NOMINAL;
        };
    }

    /** The value to compare, or null when there is none (or it no longer fits the codebook). */
    static Object of(AttributeDefinition definition, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (definition.type()) {
            case CHOICE -> {
                int place = definition.choices().indexOf(value);
                yield place < 0 ? null : Integer.valueOf(place);
            }
            case NUMBER -> {
                try {
                    yield Double.valueOf(value);
                } catch (NumberFormatException e) {
                    yield null; // not a number: the store keeps numbers canonical, so only a hand-edited file has this
                }
            }
            default -> value;
        };
    }
}
