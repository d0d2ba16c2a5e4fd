package org.newsmark.ui.findings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.newsmark.analysis.ClaimGroupRow;
import org.newsmark.analysis.ClaimGroups;
import org.newsmark.analysis.ClaimRow;
import org.newsmark.analysis.FindingsRules;
import org.newsmark.analysis.SimilarClaims;
import org.newsmark.model.InvalidQueryException;
import org.newsmark.model.SearchQuery;
import org.newsmark.model.SearchResults;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.BackgroundTasks;

/**
 * Every claim of the scope, filtered on each column; "unchallenged claims by speaker" as a grouped
 * table; and "follow a claim": the corpus searched for its telling words, and the claims found in
 * the articles that match, most alike first.
 */
public final class ClaimsViewModel {

    /** A filter's value for "no value coded". */
    public static final String NOT_CODED = "(not coded)";

    private final FindingsViewModel findings;
    private final ProjectStore store;
    private final BackgroundTasks tasks;
    private final StringProperty words = new SimpleStringProperty("");
    private final ObjectProperty<String> speaker = new SimpleObjectProperty<>();
    private final ObjectProperty<String> category = new SimpleObjectProperty<>();
    private final ObjectProperty<String> challenged = new SimpleObjectProperty<>();
    private final ObjectProperty<String> evidence = new SimpleObjectProperty<>();
    private final ObjectProperty<String> checkable = new SimpleObjectProperty<>();
    private final FilteredList<ClaimRow> filtered;
    private final SortedList<ClaimRow> rows;
    private final BooleanProperty grouped = new SimpleBooleanProperty();
    private final ObservableList<ClaimGroupRow> groups = FXCollections.observableArrayList();
    private final ObservableList<SimilarClaims.Match> similar = FXCollections.observableArrayList();
    private final ObservableList<SearchResults.Hit> mentions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper followStatus = new ReadOnlyStringWrapper("");
    private int followRequest;

    public ClaimsViewModel(FindingsViewModel findings, ProjectStore store, BackgroundTasks tasks) {
        this.findings = findings;
        this.store = store;
        this.tasks = tasks;
        filtered = new FilteredList<>(findings.claims());
        rows = new SortedList<>(filtered);
        for (var filter : List.of(speaker, category, challenged, evidence, checkable)) {
            filter.addListener((observable, before, after) -> refilter());
        }
        words.addListener((observable, before, after) -> refilter());
        grouped.addListener((observable, before, after) -> regroup());
        rows.addListener((ListChangeListener<ClaimRow>) change -> regroup());
    }

    private void refilter() {
        filtered.setPredicate(predicate());
        regroup();
    }

    private Predicate<ClaimRow> predicate() {
        String needle = words.get() == null ? "" : words.get().strip().toLowerCase(Locale.ROOT);
        String chosenSpeaker = speaker.get();
        String chosenCategory = category.get();
        Predicate<ClaimRow> challengedOk = valueFilter(challenged.get(), ClaimRow::challenged);
        Predicate<ClaimRow> evidenceOk = valueFilter(evidence.get(), ClaimRow::evidenceGiven);
        Predicate<ClaimRow> checkableOk = valueFilter(checkable.get(), ClaimRow::checkable);
        return claim -> (needle.isEmpty() || claim.text().toLowerCase(Locale.ROOT).contains(needle)
                || claim.note().toLowerCase(Locale.ROOT).contains(needle))
                && (chosenSpeaker == null || speaks(claim, chosenSpeaker))
                && (chosenCategory == null || chosenCategory.equals(claim.category()))
                && challengedOk.test(claim) && evidenceOk.test(claim) && checkableOk.test(claim);
    }

    private static boolean speaks(ClaimRow claim, String name) {
        if (!claim.attributed()) {
            return name.equals(FindingsRules.UNATTRIBUTED);
        }
        return claim.voices().stream().anyMatch(voice -> voice.speaker().name().equals(name));
    }

    private static Predicate<ClaimRow> valueFilter(String chosen, Function<ClaimRow, String> value) {
        if (chosen == null) {
            return claim -> true;
        }
        if (chosen.equals(NOT_CODED)) {
            return claim -> value.apply(claim) == null;
        }
        return claim -> chosen.equalsIgnoreCase(value.apply(claim));
    }

    private void regroup() {
        if (grouped.get()) {
            groups.setAll(ClaimGroups.bySpeaker(filtered));
        }
    }

    /** Searches the corpus for the claim's telling words and lists the alike claims in the articles found. */
    public void follow(ClaimRow claim) {
        int request = ++followRequest;
        similar.clear();
        mentions.clear();
        String query = SimilarClaims.query(claim.text());
        if (query.isEmpty()) {
            followStatus.set("This claim has no word of four letters or more to search for.");
            return;
        }
        followStatus.set("Searching the corpus for " + String.join(", ", SimilarClaims.tellingWords(claim.text())) + "\u2026");
        tasks.run(() -> store.search(SearchQuery.parse(query), 0, 200), results -> {
            if (request != followRequest) {
                return;
            }
            Set<Long> articles = new HashSet<>();
            results.articles().forEach(hit -> articles.add(hit.articleId()));
            List<ClaimRow> candidates = findings.claims().stream().filter(row -> articles.contains(row.articleId())).toList();
            List<SimilarClaims.Match> found = SimilarClaims.among(claim, candidates);
            similar.setAll(found);
            Set<Long> withClaims = new HashSet<>();
            found.forEach(match -> withClaims.add(match.claim().articleId()));
            mentions.setAll(results.articles().stream().filter(hit -> !withClaims.contains(hit.articleId())
                    && hit.articleId() != claim.articleId()).limit(50).toList());
            followStatus.set(String.format(Locale.ROOT, "%d similar %s in the scope; %d more %s mention its words%s.",
                    found.size(), found.size() == 1 ? "claim" : "claims", mentions.size(),
                    mentions.size() == 1 ? "article" : "articles", results.ranked() ? "" : " (newest first)"));
        }, error -> followStatus.set(error instanceof InvalidQueryException ? error.getMessage()
                : "Could not search the corpus: " + error.getMessage()));
    }

    public void open(ClaimRow claim) {
        findings.open(claim);
    }

    /** Writes the claims as filtered, in the table's order. */
    public void exportCsv(Path target, boolean byteOrderMark) {
        List<List<Object>> cells = new ArrayList<>();
        rows.forEach(row -> cells.add(row.cells()));
        findings.exportCsv(ClaimRow.COLUMNS, cells, target, byteOrderMark);
    }

    public void exportGroupsCsv(Path target, boolean byteOrderMark) {
        List<List<Object>> cells = new ArrayList<>();
        ClaimGroups.bySpeaker(filtered).forEach(row -> cells.add(row.cells()));
        findings.exportCsv(ClaimGroupRow.COLUMNS, cells, target, byteOrderMark);
    }

    public void clearFilters() {
        words.set("");
        speaker.set(null);
        category.set(null);
        challenged.set(null);
        evidence.set(null);
        checkable.set(null);
    }

    public StringProperty wordsProperty() {
        return words;
    }

    public ObjectProperty<String> speakerProperty() {
        return speaker;
    }

    public ObjectProperty<String> categoryProperty() {
        return category;
    }

    public ObjectProperty<String> challengedProperty() {
        return challenged;
    }

    public ObjectProperty<String> evidenceProperty() {
        return evidence;
    }

    public ObjectProperty<String> checkableProperty() {
        return checkable;
    }

    public SortedList<ClaimRow> rows() {
        return rows;
    }

    public int totalInScope() {
        return findings.claims().size();
    }

    public ObservableList<String> speakers() {
        return findings.claimSpeakers();
    }

    public ObservableList<String> categories() {
        return findings.claimCategories();
    }

    public BooleanProperty groupedProperty() {
        return grouped;
    }

    public ObservableList<ClaimGroupRow> groups() {
        return groups;
    }

    public ObservableList<SimilarClaims.Match> similar() {
        return similar;
    }

    public ObservableList<SearchResults.Hit> mentions() {
        return mentions;
    }

    public ReadOnlyStringProperty followStatusProperty() {
        return followStatus.getReadOnlyProperty();
    }

    public FindingsViewModel findings() {
        return findings;
    }
}
