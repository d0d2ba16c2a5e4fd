package org.newsmark.ui.findings;

/**
 * The view models of the findings: the shared counts, and Voices, Claims and Codes over them (made by
 * {@link FindingsViewModel#views}).
 */
public record FindingsViews(FindingsViewModel findings, VoicesViewModel voices, ClaimsViewModel claims,
        CodesViewModel codes) {
}
