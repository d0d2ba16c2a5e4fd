package org.newsmark.importing.web;

/**
 * How Newsmark names itself to web servers, so a site's operators can tell what fetched a page: the
 * version comes from the jar's manifest, as the command line's --version does.
 */
final class UserAgent {

    private UserAgent() {
    }

    static String newsmark() {
        String version = UserAgent.class.getPackage().getImplementationVersion();
        return "Newsmark/" + (version == null ? "dev" : version) + " (desktop app for annotating news articles)";
    }
}
