package org.newsmark.ui.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.Category;
import org.newsmark.model.CategoryRole;
import org.newsmark.model.Link;
import org.newsmark.model.Person;
import org.newsmark.model.RelationType;
import org.newsmark.model.TextSpans.Range;
import org.newsmark.store.ProjectStore;
import org.newsmark.suggest.AttributionSuggester;
import org.newsmark.suggest.SuggestedAttribution;
import org.newsmark.suggest.SuggestionKey;
import org.newsmark.task.BackgroundTasks;

/**
 * The attributions Newsmark suggests for the open article (docs/suggestions.md), and what a coder
 * does with them: accept one (its content, cue and source tagged, the person linked and the
 * attribution links made, in one undoable edit), accept all of a paragraph's, reject one (remembered
 * in the project, so it stays rejected), go to the next or previous one, hide them all.
 *
 * <p>Suggestions are made in the background each time an article is opened, with the project's
 * people and the article's rejected suggestions read on the same task. A suggestion whose content
 * overlaps content already attributed (linked to a source or cue) is not shown: suggestions never
 * duplicate or change what a coder coded. Accepting a suggestion therefore makes it disappear, and
 * undoing the acceptance brings it back.
 */
public final class SuggestionsViewModel {

    private static final AttributionSuggester SUGGESTER = new AttributionSuggester();

    private record Read(Set<String> rejected, List<Person> people) {
    }

    private final ProjectStore store;
    private final BackgroundTasks tasks;
    /** Where suggestions are made: the store's task until the window gives its layout thread (off the store's saves). */
    private BackgroundTasks making;
    private final ArticleViewModel article;
    private final AttributionViewModel attribution;
    private final ObservableList<SuggestedAttribution> visible = FXCollections.observableArrayList();
    private final ObservableList<SuggestedAttribution> readOnlyVisible = FXCollections.unmodifiableObservableList(visible);
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    /** The suggestion a list or a key asked the article to go to; the view moves the caret there. */
    private final javafx.beans.property.ObjectProperty<SuggestedAttribution> wanted = new javafx.beans.property.SimpleObjectProperty<>();
    private List<SuggestedAttribution> all = List.of();
    /** Where each suggestion shown starts (they are in text order), and the longest one's length: for {@link #meeting}. */
    private int[] starts = new int[0];
    private int longest;
    private final Set<String> rejected = new HashSet<>();
    private long madeFor = -1;
    private int generation;

    public SuggestionsViewModel(ProjectStore store, BackgroundTasks tasks, ArticleViewModel article,
            AttributionViewModel attribution) {
        this.store = store;
        this.tasks = tasks;
        this.making = tasks;
        this.article = article;
        this.attribution = attribution;
        article.loadsProperty().addListener((observable, before, after) -> articleOpened());
        article.annotations().addListener(this::annotationsChanged);
        article.links().addListener((ListChangeListener<Link>) change -> refresh());
        shown.addListener((observable, before, after) -> refresh());
    }

    /** The suggestions shown now: neither rejected, nor overlapping attributed content; none while hidden. In text order. */
    public ObservableList<SuggestedAttribution> visible() {
        return readOnlyVisible;
    }

    /** Whether suggestions are shown (View ▸ Suggested Attributions). */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** True once the open article's suggestions are made (and until another article is opened). */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** The suggestion to bring into view, set by {@link #goTo} (and by the panel's list). */
    public javafx.beans.property.ObjectProperty<SuggestedAttribution> wantedProperty() {
        return wanted;
    }

    /**
     * Only an annotation that is linked can change which suggestions are shown (attributed content;
     * links come and go with their own list), so tagging text costs the suggestions nothing.
     */
    private void annotationsChanged(ListChangeListener.Change<? extends Annotation> change) {
        Set<UUID> linked = null;
        while (change.next()) {
            List<Annotation> touched = new ArrayList<>(change.getRemoved());
            touched.addAll(change.getAddedSubList());
            for (Annotation annotation : touched) {
                if (linked == null) {
                    linked = new HashSet<>();
                    for (Link link : article.links()) {
                        linked.add(link.from());
                    }
                }
                if (linked.contains(annotation.id())) {
                    refresh();
                    return;
                }
            }
        }
    }

    private void articleOpened() {
        int request = ++generation;
        all = List.of();
        rejected.clear();
        madeFor = -1;
        ready.set(false);
        refresh();
        Article opened = article.getArticle();
        if (opened == null) {
            return;
        }
        long id = opened.id();
        String text = opened.text();
        java.util.function.Consumer<Exception> failed = error -> article.say("Could not suggest attributions for this article: "
                + error.getMessage());
        tasks.run(() -> new Read(store.rejectedSuggestions(id), store.people()), read -> {
            if (request != generation) {
                return;
            }
            making.run(() -> SUGGESTER.suggest(text, read.people()), made -> {
                if (request != generation) {
                    return;
                }
                all = made.attributions();
                rejected.addAll(read.rejected());
                madeFor = id;
                refresh();
                ready.set(true);
            }, failed);
        }, failed);
    }

    /**
     * Makes suggestions on these tasks rather than the store's: the window's layout thread, where the
     * article was just laid out, so a long article's suggestions hold up no save.
     */
    public void makeSuggestionsOn(BackgroundTasks tasks) {
        this.making = tasks;
    }

    /** Works out which suggestions to show, after the suggestions, the annotations, the links or the toggle changed. */
    private void refresh() {
        Article current = article.getArticle();
        if (!shown.get() || current == null || current.id() != madeFor) {
            if (!visible.isEmpty()) {
                starts = new int[0];
                longest = 0;
                visible.clear();
            }
            return;
        }
        Coverage attributed = new Coverage(attributedContent());
        List<SuggestedAttribution> showing = new ArrayList<>();
        for (SuggestedAttribution suggestion : all) {
            if (!attributed.overlapsAny(suggestion.content())
                    && (rejected.isEmpty() || !rejected.contains(SuggestionKey.of(suggestion)))) {
                showing.add(suggestion);
            }
        }
        if (!showing.equals(visible)) {
            starts = new int[showing.size()];
            longest = 0;
            for (int i = 0; i < showing.size(); i++) {
                Range extent = showing.get(i).extent();
                starts[i] = extent.start();
                longest = Math.max(longest, extent.length());
            }
            visible.setAll(showing);
        }
    }

    /**
     * The suggestions shown whose extent meets {@code [from, to]} (ends included), in text order: a
     * binary search, so the view can ask for each paragraph on screen, and for the caret at every move,
     * in an article with thousands of suggestions.
     */
    public List<SuggestedAttribution> meeting(int from, int to) {
        int first = firstAtOrAfter(from - longest);
        int end = firstAtOrAfter(to + 1);
        List<SuggestedAttribution> found = new ArrayList<>();
        for (int i = first; i < end && i < visible.size(); i++) {
            SuggestedAttribution suggestion = visible.get(i);
            if (suggestion.extent().end() >= from) {
                found.add(suggestion);
            }
        }
        return found;
    }

    private int firstAtOrAfter(int offset) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * Spans to test suggestions against, sorted by start with the furthest end so far, so a test costs
     * a binary search: a transcript with thousands of suggestions and annotations is refreshed at once.
     */
    private static final class Coverage {
        private final int[] starts;
        private final int[] furthestEnds;

        Coverage(List<Range> ranges) {
            List<Range> sorted = new ArrayList<>(ranges);
            sorted.sort(Comparator.comparingInt(Range::start));
            starts = new int[sorted.size()];
            furthestEnds = new int[sorted.size()];
            int furthest = Integer.MIN_VALUE;
            for (int i = 0; i < sorted.size(); i++) {
                starts[i] = sorted.get(i).start();
                furthest = Math.max(furthest, sorted.get(i).end());
                furthestEnds[i] = furthest;
            }
        }

        boolean overlapsAny(List<Range> parts) {
            for (Range part : parts) {
                // the last span starting before the part's end; any span up to it reaching past the part's start overlaps
                int at = java.util.Arrays.binarySearch(starts, part.end());
                int last = at >= 0 ? at - 1 : -at - 2;
                while (last >= 0 && last + 1 < starts.length && starts[last + 1] < part.end()) {
                    last++;
                }
                while (last >= 0 && starts[last] >= part.end()) {
                    last--;
                }
                if (last >= 0 && furthestEnds[last] > part.start()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The spans of content (claims, quotes) already linked to a source or cue, or continuing one that is. */
    private List<Range> attributedContent() {
        Set<UUID> linked = new HashSet<>();
        for (Link link : article.links()) {
            if (link.type() == RelationType.ATTRIBUTED_TO || link.type() == RelationType.CUE || link.type() == RelationType.CONTINUES) {
                linked.add(link.from());
            }
        }
        List<Range> ranges = new ArrayList<>();
        for (Annotation annotation : article.annotations()) {
            if (linked.contains(annotation.id()) && roleOf(annotation) == CategoryRole.CONTENT) {
                ranges.add(new Range(annotation.start(), annotation.end()));
            }
        }
        return ranges;
    }

    private CategoryRole roleOf(Annotation annotation) {
        Category category = article.category(annotation.categoryId());
        return category == null ? null : article.codebook().roleOf(category);
    }

    /** The spans of a suggestion: its content parts, cue and source. */
    public static List<Range> spans(SuggestedAttribution suggestion) {
        List<Range> spans = new ArrayList<>(suggestion.content());
        if (suggestion.cue() != null) {
            spans.add(suggestion.cue());
        }
        if (suggestion.source() != null) {
            spans.add(suggestion.source());
        }
        return spans;
    }

    /**
     * The suggestion the caret is in (in one of its spans, or just after one): of several, the one
     * with the shortest span there.
     */
    public Optional<SuggestedAttribution> atCaret(int caret) {
        SuggestedAttribution best = null;
        int shortest = Integer.MAX_VALUE;
        for (SuggestedAttribution suggestion : meeting(caret, caret)) {
            for (Range span : spans(suggestion)) {
                if (span.start() <= caret && caret <= span.end() && span.length() < shortest) {
                    best = suggestion;
                    shortest = span.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The suggestion after ({@code step} 1) or before ({@code step} -1) the caret's (or the caret), by where each starts. */
    public Optional<SuggestedAttribution> neighbour(int caret, int step) {
        List<SuggestedAttribution> ordered = visible.stream()
                .sorted(Comparator.comparingInt((SuggestedAttribution suggestion) -> suggestion.extent().start())).toList();
        Optional<SuggestedAttribution> here = atCaret(caret);
        int from = here.map(suggestion -> suggestion.extent().start()).orElse(caret);
        if (step > 0) {
            return ordered.stream().filter(suggestion -> here.isPresent() ? suggestion.extent().start() > from
                    : suggestion.extent().start() >= from).findFirst();
        }
        List<SuggestedAttribution> before = ordered.stream().filter(suggestion -> suggestion.extent().start() < from).toList();
        return before.isEmpty() ? Optional.empty() : Optional.of(before.get(before.size() - 1));
    }

    /** Asks the article to go to a suggestion (the caret to its start, the suggestion in view). */
    public void goTo(SuggestedAttribution suggestion) {
        wanted.set(null);
        wanted.set(suggestion);
    }

    /** Enter: accepts the suggestion at the caret; false (after saying why) when there is none. */
    public boolean acceptAt(int caret) {
        Optional<SuggestedAttribution> here = atCaret(caret);
        if (here.isEmpty()) {
            article.say("No suggested attribution at the caret: F8 goes to the next one.");
            return false;
        }
        accept(here.get());
        return true;
    }

    /** Codes a suggestion in one undoable edit: content, cue and source spans, the person, the links. */
    public void accept(SuggestedAttribution suggestion) {
        if (article.refuseWhenReadOnly()) {
            return;
        }
        Annotation content = attribution.createAll(List.of(coding(suggestion)), "Accept the suggested attribution "
                + describe(suggestion));
        if (content == null) {
            article.say("That suggestion is coded already.");
        }
    }

    /** Shift+Enter: accepts every suggestion of the caret's paragraph, in one undoable edit; returns how many. */
    public int acceptParagraph(int caret) {
        Article current = article.getArticle();
        if (current == null || article.refuseWhenReadOnly()) {
            return 0;
        }
        String text = current.text();
        int start = caret <= 0 ? 0 : text.lastIndexOf('\n', Math.min(caret, text.length()) - 1) + 1;
        int end = text.indexOf('\n', Math.min(caret, text.length()));
        int paragraphEnd = end < 0 ? text.length() : end;
        List<SuggestedAttribution> inParagraph = visible.stream()
                .filter(suggestion -> suggestion.extent().start() >= start && suggestion.extent().start() < paragraphEnd).toList();
        if (inParagraph.isEmpty()) {
            article.say("No suggested attributions in this paragraph.");
            return 0;
        }
        List<AttributionViewModel.Coding> codings = inParagraph.stream().map(this::coding).toList();
        String description = inParagraph.size() == 1 ? "Accept the suggested attribution " + describe(inParagraph.get(0))
                : "Accept the paragraph's " + inParagraph.size() + " suggested attributions";
        attribution.createAll(codings, description);
        return inParagraph.size();
    }

    private AttributionViewModel.Coding coding(SuggestedAttribution suggestion) {
        Person person = suggestion.person() == null ? null : suggestion.person().person();
        return new AttributionViewModel.Coding(suggestion.content(), suggestion.cue(), suggestion.source(),
                attribution.contentCategoryFor(suggestion.content().get(0)), person, false);
    }

    /** Backspace: rejects the suggestion at the caret; false (after saying why) when there is none. */
    public boolean rejectAt(int caret) {
        Optional<SuggestedAttribution> here = atCaret(caret);
        if (here.isEmpty()) {
            article.say("No suggested attribution at the caret.");
            return false;
        }
        reject(here.get());
        return true;
    }

    /** Hides a suggestion and remembers in the project that it was rejected. */
    public void reject(SuggestedAttribution suggestion) {
        Article current = article.getArticle();
        if (current == null || article.refuseWhenReadOnly()) {
            return;
        }
        String key = SuggestionKey.of(suggestion);
        rejected.add(key);
        refresh();
        long id = current.id();
        String coder = article.annotator();
        tasks.run(() -> store.rejectSuggestion(id, key, coder), error -> {
            if (madeFor == id) {
                rejected.remove(key);
                refresh();
            }
            article.say("Could not remember the rejected suggestion: " + error.getMessage());
        });
        article.say("Rejected the suggested attribution " + describe(suggestion) + ".");
    }

    /** Shows the article's rejected suggestions again, and forgets in the project that they were rejected. */
    public void restoreRejected() {
        Article current = article.getArticle();
        if (current == null || article.refuseWhenReadOnly()) {
            return;
        }
        long id = current.id();
        tasks.run(() -> store.forgetRejectedSuggestions(id), forgotten -> {
            if (madeFor == id) {
                rejected.clear();
                refresh();
            }
            article.say(forgotten == 0 ? "No suggestions of this article were rejected."
                    : forgotten + (forgotten == 1 ? " rejected suggestion is" : " rejected suggestions are") + " suggested again.");
        }, error -> article.say("Could not bring the rejected suggestions back: " + error.getMessage()));
    }

    /** "“…” (said, Mr Musk)", for lists and messages. */
    public String describe(SuggestedAttribution suggestion) {
        Article current = article.getArticle();
        if (current == null) {
            return "";
        }
        String text = current.text();
        Range first = suggestion.content().get(0);
        String content = text.substring(first.start(), first.end()).replaceAll("\\s+", " ").replaceAll("^[\"\u201C\u201E\u00AB]+|[\"\u201D\u00BB]+$", "");
        String shown = "\u201C" + (content.length() > 50 ? content.substring(0, 49) + "\u2026" : content) + "\u201D";
        Set<String> by = new LinkedHashSet<>();
        if (suggestion.source() != null) {
            by.add(text.substring(suggestion.source().start(), suggestion.source().end()).replaceAll("\\s+", " "));
        }
        if (suggestion.person() != null) {
            by.add(suggestion.person().person().name());
        }
        if (suggestion.cue() != null) {
            by.add(text.substring(suggestion.cue().start(), suggestion.cue().end()));
        }
        return by.isEmpty() ? shown : shown + " (" + String.join(", ", by) + ")";
    }
}
