package org.newsmark.model;

import java.util.UUID;

/**
 * Which annotations a concordance lists: those of a category (its sub-categories included), narrowed
 * if wished to an attribute (with a value, or any value), a person named as speaker, an outlet.
 *
 * @param attributeId    the attribute that must have a value, or null
 * @param attributeValue the value it must have (ignoring case), or null for any
 * @param personId       a person: the annotation is a mention of them, or is attributed to a mention of them; or null
 * @param outlet         the article's outlet, or null
 */
public record ConcordanceQuery(long categoryId, Long attributeId, String attributeValue, UUID personId, String outlet) {

    public static ConcordanceQuery of(long categoryId) {
        return new ConcordanceQuery(categoryId, null, null, null, null);
    }
}
