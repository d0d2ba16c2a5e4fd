/**
 * The conventions a format's reader (in {@code org.newsmark.importing}) and its writer (in
 * {@code org.newsmark.exporting}) share, so that what one writes the other reads back: brat's type
 * names, WebAnno TSV's escaping, Newsmark's names in Web Annotation JSON-LD. Plain Java with no
 * dependencies; docs/formats.md describes each format.
 */
package org.newsmark.formats;
