package org.newsmark.importing.collection;

import java.util.List;

/** One record of a collection (a JSON object, a CSV row), seen as named fields holding text. */
interface CollectionRecord {

    /** The record's fields in order; nested JSON fields dotted ("source.name"). */
    List<String> fieldNames();

    /**
     * The field's value as text: numbers and yes/no as written, a list's items joined with
     * {@code joiner}, an object by its name; null when the record has no such field or it is null.
     */
    String value(String field, String joiner);
}
