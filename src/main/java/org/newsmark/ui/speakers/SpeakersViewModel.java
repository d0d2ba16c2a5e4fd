package org.newsmark.ui.speakers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.editing.Edit;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Change;
import org.newsmark.model.Person;
import org.newsmark.model.PersonChange;
import org.newsmark.store.ProjectStore;
import org.newsmark.suggest.PersonMatch;
import org.newsmark.suggest.PersonMatcher;
import org.newsmark.model.SpeakerSummary;
import org.newsmark.task.BackgroundTasks;
import org.newsmark.ui.article.ArticleViewModel;

/**
 * The speaker registry: the people of the project, shared by every article, and how often each
 * appears. Renaming, editing and merging people are undoable edits like any other.
 */
public final class SpeakersViewModel {

    private static final Comparator<Person> BY_NAME = Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(person -> person.id().toString());

    private static final PersonMatcher MATCHER = new PersonMatcher();

    private final ProjectStore store;
    private final BackgroundTasks tasks;
    private final ArticleViewModel article;
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObservableList<SpeakerSummary> summaries = FXCollections.observableArrayList();
    /** When each person was last linked to a mention in this session (a counter, not a time): the recently used come first. */
    private final java.util.Map<UUID, Long> lastLinked = new java.util.HashMap<>();
    private long links;
    /** An edit changed the counts; they are read again when it is saved. */
    private boolean countsStale;

    public SpeakersViewModel(ProjectStore store, BackgroundTasks tasks, ArticleViewModel article, AnnotationEditor editor) {
        this.store = store;
        this.tasks = tasks;
        this.article = article;
        editor.addListener(this::applied);
        // Counts are read again once what changed them is saved: a read queued before the save would miss it.
        editor.addSaveListener(new AnnotationEditor.SaveListener() {
            @Override
            public void saved(java.time.Instant at) {
                if (countsStale) {
                    countsStale = false;
                    refreshSummaries();
                }
            }

            @Override
            public void failed(Edit edit, Exception error) {
                countsStale = false;
            }
        });
    }

    public void setPeople(List<Person> loaded) {
        List<Person> sorted = new ArrayList<>(loaded);
        sorted.sort(BY_NAME);
        people.setAll(sorted);
    }

    /** Everyone in the registry, by name. */
    public ObservableList<Person> people() {
        return people;
    }

    public Optional<Person> person(UUID id) {
        return id == null ? Optional.empty() : people.stream().filter(person -> person.id().equals(id)).findFirst();
    }

    /**
     * Everyone a mention may refer to, for a list to choose from, best first: those whose names match
     * the mention ("Mr Musk", "Musk" give Elon Musk; "Trump" gives Donald Trump), then the people of
     * {@code nearby} (those already in the article: a "He" or "the billionaire" is usually one of
     * them, {@code nearby}'s first the likeliest), then whoever was linked most recently, then the
     * rest by name. {@code typed} narrows the list to people whose name or alias has a word starting
     * with each typed word (ignoring case and accents).
     */
    public List<Person> ranked(String mention, String typed, List<UUID> nearby) {
        List<String> words = PersonFilter.words(typed);
        List<Person> byMatch = MATCHER.rank(mention, people, Integer.MAX_VALUE).stream().map(PersonMatch::person).toList();
        Comparator<Person> order = Comparator.<Person>comparingInt(person -> rankOrLast(byMatch, person))
                .thenComparingInt(person -> rankOrLast(nearby, person.id()))
                .thenComparing(person -> -lastLinked.getOrDefault(person.id(), 0L))
                .thenComparing(Person::updated, Comparator.reverseOrder())
                .thenComparing(BY_NAME);
        return people.stream().filter(person -> PersonFilter.matches(person, words)).sorted(order).toList();
    }

    private static <T> int rankOrLast(List<T> list, T item) {
        int at = list.indexOf(item);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    /**
     * The person with the name a mention gives them added as an alias ("Mr Musk" teaches "Musk"),
     * so later mentions find them; empty when the mention names nobody or the person already has
     * that name.
     */
    public Optional<PersonChange> aliasLearntFrom(Person person, String mention) {
        Optional<String> name = MATCHER.canonicalName(mention);
        if (name.isEmpty() || person.names().stream().anyMatch(known -> known.equalsIgnoreCase(name.get()))) {
            return Optional.empty();
        }
        List<String> aliases = new ArrayList<>(person.aliases());
        aliases.add(name.get());
        return Optional.of(new PersonChange(person, person.withAliases(aliases, article.now())));
    }

    /** The name to offer for a new person from a mention ("Mr Musk" → "Musk"), or empty. */
    public Optional<String> proposedName(String mention) {
        return MATCHER.canonicalName(mention);
    }

    /** Each person with their mentions, attributed content and articles; filled by {@link #refreshSummaries()}. */
    public ObservableList<SpeakerSummary> summaries() {
        return summaries;
    }

    /** Counts everyone's mentions again, in the background. */
    public void refreshSummaries() {
        tasks.run(store::speakerSummaries, summaries::setAll, error -> article.say(error.getMessage()));
    }

    /** One of a person's details, edited on its own. */
    public enum Detail {
        NAME, TYPE, ROLE, AFFILIATION;

        public String of(Person person) {
            return switch (this) {
                case NAME -> person.name();
                case TYPE -> person.type();
                case ROLE -> person.role();
                case AFFILIATION -> person.affiliation();
            };
        }
    }

    /**
     * Sets one detail of the person with this id, as the registry holds them now: what was typed for
     * one person goes to that person, whichever is shown by the time it is saved, and leaves the
     * person's other details as they are.
     */
    public void editDetail(UUID personId, Detail detail, String value) {
        person(personId).ifPresent(person -> edit(person,
                detail == Detail.NAME ? value : person.name(),
                detail == Detail.TYPE ? value : person.type(),
                detail == Detail.ROLE ? value : person.role(),
                detail == Detail.AFFILIATION ? value : person.affiliation()));
    }

    /** Changes a person's name and details; a blank name is refused. */
    public void edit(Person person, String name, String type, String role, String affiliation) {
        if (name == null || name.isBlank()) {
            article.say("A person needs a name.");
            return;
        }
        Person changed = person.withDetails(name, type, role, affiliation, article.now());
        boolean same = changed.name().equals(person.name()) && changed.type().equals(person.type())
                && changed.role().equals(person.role()) && changed.affiliation().equals(person.affiliation());
        if (same) {
            return;
        }
        article.perform(Edit.of("Edit " + person.name(), new PersonChange(person, changed)));
    }

    /**
     * Merges {@code merged} into {@code kept}: every mention of the one becomes a mention of the other,
     * in every article, and the merged person's names become aliases of the kept one.
     */
    public void merge(Person kept, Person merged) {
        if (kept.id().equals(merged.id())) {
            return;
        }
        tasks.run(() -> store.mentionsOf(merged.id()), mentions -> {
            List<Change> changes = new ArrayList<>();
            for (Annotation mention : mentions) {
                changes.add(new AnnotationChange(mention, mention.withPerson(kept.id(), article.now())));
            }
            List<String> aliases = new ArrayList<>(kept.aliases());
            aliases.addAll(merged.names());
            changes.add(new PersonChange(kept, kept.withAliases(aliases, article.now())));
            changes.add(new PersonChange(merged, null));
            article.perform(Edit.of("Merge " + merged.name() + " into " + kept.name(), changes));
        }, error -> article.say(error.getMessage()));
    }

    /** A speaker mention with the title of its article, for the list of a person's mentions. */
    public record Mention(Annotation annotation, String articleTitle) {
    }

    /** Reads a person's mentions in every article, in the background, and hands them over. */
    public void mentions(Person person, java.util.function.Consumer<List<Mention>> onMentions) {
        tasks.run(() -> {
            java.util.Map<Long, String> titles = new java.util.HashMap<>();
            store.articles().forEach(summary -> titles.put(summary.id(), summary.title()));
            return store.mentionsOf(person.id()).stream()
                    .map(mention -> new Mention(mention, titles.getOrDefault(mention.articleId(), ""))).toList();
        }, onMentions, error -> article.say(error.getMessage()));
    }

    private void applied(Edit edit) {
        boolean counts = false;
        boolean peopleChanged = false;
        List<Person> updated = new ArrayList<>(people);
        for (Change change : edit.changes()) {
            if (change instanceof PersonChange person) {
                UUID id = person.after() != null ? person.after().id() : person.before().id();
                updated.removeIf(existing -> existing.id().equals(id));
                if (person.after() != null) {
                    updated.add(person.after());
                }
                counts = true;
                peopleChanged = true;
            } else if (change instanceof AnnotationChange annotation && mentionChanged(annotation)) {
                counts = true;
                if (annotation.after() != null && annotation.after().personId() != null) {
                    lastLinked.put(annotation.after().personId(), ++links);
                }
            }
        }
        if (peopleChanged) {
            // One change to the list, so whoever watches it never sees a person missing half-way.
            setPeople(updated);
        }
        if (counts && !summaries.isEmpty()) {
            countsStale = true;
        }
    }

    private static boolean mentionChanged(AnnotationChange change) {
        UUID before = change.before() == null ? null : change.before().personId();
        UUID after = change.after() == null ? null : change.after().personId();
        return before != null || after != null;
    }
}
