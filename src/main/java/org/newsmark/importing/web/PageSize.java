package org.newsmark.importing.web;

/** The words for a page refused by its size, whether it said its size up front or was cut off. */
final class PageSize {

    private PageSize() {
    }

    static String largerThan(long limit) {
        return "the page is larger than " + Amounts.size(limit) + ", more than a single article can be";
    }

    static String declared(long length) {
        return "the page is " + Amounts.size(length) + ", more than a single article can be";
    }
}
