package org.newsmark.importing.collection;

/**
 * Part of a record's carried work that could not be kept (an annotation whose offsets miss the
 * text, a link to it): where, such as "line 3, annotation 5", and why. The article itself is read.
 */
record Dropped(String where, String reason) {
}
