package org.newsmark.ui.findings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsmark.analysis.ArticleFindings;
import org.newsmark.analysis.ClaimRow;
import org.newsmark.analysis.CodeRow;
import org.newsmark.analysis.ContentFacts;
import org.newsmark.analysis.FindingsTally;
import org.newsmark.analysis.VoicesTally;
import org.newsmark.analysis.FindingsIndex;
import org.newsmark.analysis.VoiceRow;
import org.newsmark.analysis.Voices;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.editing.Edit;
import org.newsmark.exporting.ArticleReport;
import org.newsmark.exporting.ExportFiles;
import org.newsmark.exporting.TidyCsv;
import org.newsmark.model.CategoryChange;
import org.newsmark.model.Change;
import org.newsmark.model.Codebook;
import org.newsmark.model.CorpusFilter;
import org.newsmark.model.DocumentFieldChange;
import org.newsmark.model.PersonChange;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.BackgroundTask;
import org.newsmark.task.BackgroundTasks;
import org.newsmark.ui.common.ArticleOpener;

/**
 * The findings of the open project (docs/findings.md), kept current while the coder works: the first
 * showing reads every coded article once; after that each saved edit re-reads only the articles it
 * touched and counts again, in the background, on the thread that owns the project file (so it always
 * sees the edit). The scope is the corpus table's filter. The Voices, Claims and Codes view models
 * take their rows from here.
 */
public final class FindingsViewModel {

    /**
     * The findings' view models over one project.
     *
     * @param tasks the thread that owns the project file (counts follow the saves)
     * @param scope the corpus table's filter
     */
    public static FindingsViews views(ProjectStore store, BackgroundTasks tasks, AnnotationEditor editor,
            ArticleOpener opener, ObjectProperty<CorpusFilter> scope) {
        FindingsViewModel findings = new FindingsViewModel(store, tasks, editor, opener, scope);
        return new FindingsViews(findings, new VoicesViewModel(findings), new ClaimsViewModel(findings, store, tasks),
                new CodesViewModel(findings));
    }


    /** The most Voices rows the window lists at once (most quoted first); the CSV has them all. */
    public static final int VOICES_SHOWN = 2_000;

    /** Which Voices rows the window shows: an outlet (null: articles without one) or all, and a level. */
    public record VoicesChoice(boolean allOutlets, String outlet, VoiceRow.Level level) {
        public static final VoicesChoice ALL_SPEAKERS = new VoicesChoice(true, null, VoiceRow.Level.SPEAKER);
    }

    /** What one count brings back to the window. */
    private record Counted(VoicesTally.Selection voices, List<VoiceRow> voiceTypes, ChartData voicesChart,
            List<ClaimRow> claims, List<CodeRow> codes, List<String> notes, int articlesInScope, int articles,
            Codebook codebook, boolean wholeClaims, Map<Long, List<ClaimRow>> changedClaims, List<String> claimSpeakers,
            List<String> claimCategories, long millis) {
    }

    private final ProjectStore store;
    private final BackgroundTasks tasks;
    private final ArticleOpener opener;
    private final ObjectProperty<CorpusFilter> scope;

    // Kept by the task thread only.
    private FindingsIndex index;
    /** The speakers and categories the claims filters offer; they grow after a tag and are made anew after a full count. */
    private final TreeSet<String> speakerNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final TreeSet<String> categoryNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    // Handed from the window's thread to the task thread.
    private final Set<Long> dirty = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean reloadAll = new AtomicBoolean(true);
    /** Whose work is counted: every coder's when empty (the curator's alone: the gold version). */
    private volatile List<String> coders = List.of();
    private final javafx.collections.ObservableList<String> coderChoices = javafx.collections.FXCollections.observableArrayList();
    private final AtomicBoolean peopleChanged = new AtomicBoolean();
    private final AtomicBoolean scopeChanged = new AtomicBoolean();
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile CorpusFilter currentScope;
    private volatile VoicesChoice voicesChoice = VoicesChoice.ALL_SPEAKERS;

    private final ObservableList<VoiceRow> voices = FXCollections.observableArrayList();
    private final ObservableList<ClaimRow> claims = FXCollections.observableArrayList();
    private final ObservableList<CodeRow> codes = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Codebook> codebook = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper counts = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper voicesTotal = new ReadOnlyIntegerWrapper();
    private final ObservableList<String> voiceOutlets = FXCollections.observableArrayList();
    private final ObservableList<String> claimSpeakers = FXCollections.observableArrayList();
    private final ObservableList<String> claimCategories = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ChartData> voicesChart = new ReadOnlyObjectWrapper<>(
            new ChartData("", "", List.of(), List.of()));
    private long lastCountMillis;
    private boolean pending = true;

    public FindingsViewModel(ProjectStore store, BackgroundTasks tasks, AnnotationEditor editor, ArticleOpener opener,
            ObjectProperty<CorpusFilter> scope) {
        this.store = store;
        this.tasks = tasks;
        this.opener = opener;
        this.scope = scope;
        this.currentScope = scope.get();
        scope.addListener((observable, before, after) -> {
            currentScope = after;
            scopeChanged.set(true);
            changed();
        });
        editor.addListener(this::applied);
        // Counting waits for the edit to be in the file: the save is queued on the same thread just after
        // the edit is announced, so the count is asked for once the save is done.
        editor.addSaveListener(new AnnotationEditor.SaveListener() {
            @Override
            public void saved(java.time.Instant at) {
                if (pending) {
                    schedule();
                }
            }

            @Override
            public void failed(Edit edit, Exception error) {
                markStale();
            }
        });
        active.addListener((observable, was, is) -> {
            if (is && pending) {
                schedule();
            }
        });
    }

    /**
     * Counts only these coders' work from now on (the curator's alone: the gold version), or every
     * coder's for an empty list; everything is counted again.
     */
    public void countCoders(List<String> chosen) {
        coders = List.copyOf(chosen);
        reloadAll.set(true);
        changed();
    }

    public List<String> countedCoders() {
        return coders;
    }

    /** The project's coders, read again (for the list to choose whose work is counted). */
    public javafx.collections.ObservableList<String> coderChoices() {
        return coderChoices;
    }

    public void readCoderChoices() {
        tasks.run(() -> List.copyOf(store.coders()), coderChoices::setAll, error -> status.set("Could not read the coders: " + error.getMessage()));
    }

    /** The project changed behind the editor's back (an import): everything is read again when next shown. */
    public void markStale() {
        reloadAll.set(true);
        changed();
    }

    private void applied(Edit edit) {
        for (Change change : edit.changes()) {
            if (change instanceof CategoryChange || change instanceof DocumentFieldChange) {
                reloadAll.set(true);
            } else if (change instanceof PersonChange) {
                peopleChanged.set(true);
            } else if (change.articleId() >= 0) {
                dirty.add(change.articleId());
            }
        }
        pending = true;
    }

    private void changed() {
        pending = true;
        schedule();
    }

    private void schedule() {
        if (!active.get() || !queued.compareAndSet(false, true)) {
            return;
        }
        pending = false;
        counting.set(true);
        tasks.submit(BackgroundTask.of("Count the findings", this::count)
                .onProgress((fraction, text) -> {
                    progress.set(fraction);
                    status.set(text);
                })
                .onSuccess(this::show)
                .onFailure(error -> {
                    counting.set(false);
                    status.set("Could not count the findings: " + error.getMessage());
                }));
    }

    /** On the task thread: brings the index up to date and counts. */
    private Counted count(org.newsmark.task.Progress work) {
        queued.set(false);
        long started = System.nanoTime();
        CorpusFilter filter = currentScope;
        boolean whole = scopeChanged.getAndSet(false);
        Set<Long> changedArticles = new HashSet<>();
        boolean reload = reloadAll.getAndSet(false);
        if (reload || index == null) {
            dirty.clear();
            peopleChanged.set(false);
            work.update(-1, "Reading the coded articles\u2026");
            List<String> counted = coders;
            index = new FindingsIndex(store.codebook(), store.people(),
                    counted.isEmpty() ? store.codedArticles() : store.codedArticles(counted));
            whole = true;
        } else {
            if (peopleChanged.getAndSet(false)) {
                index.setPeople(store.people());
                whole = true;
            }
            for (Long id : new ArrayList<>(dirty)) {
                dirty.remove(id);
                store.codedArticle(id, coders).ifPresentOrElse(index::put, () -> index.remove(id));
                changedArticles.add(id);
            }
        }
        work.update(-1, "Counting\u2026");
        FindingsTally tally = index.tally(filter);
        List<ClaimRow> allClaims = List.of();
        Map<Long, List<ClaimRow>> changedClaims = new HashMap<>();
        if (whole) {
            List<ClaimRow> claimsInScope = new ArrayList<>();
            for (ArticleFindings article : index.articles()) {
                if (tally.contains(article.id())) {
                    claimsInScope.addAll(article.claims());
                }
            }
            allClaims = claimsInScope;
        } else {
            for (long id : changedArticles) {
                changedClaims.put(id, tally.contains(id) ? index.article(id).map(ArticleFindings::claims).orElse(List.of())
                        : List.of());
            }
        }
        if (whole) {
            speakerNames.clear();
            categoryNames.clear();
            allClaims.forEach(this::offer);
        } else {
            changedClaims.values().forEach(rows -> rows.forEach(this::offer));
        }
        List<VoiceRow> typeRows = tally.voicesTally().typeRows();
        return new Counted(selection(tally), typeRows, VoicesViewModel.chartOf(typeRows), allClaims, tally.codes(),
                tally.notes(index.size()), tally.articles(), index.size(), index.rules().codebook(), whole, changedClaims,
                List.copyOf(speakerNames), List.copyOf(categoryNames), (System.nanoTime() - started) / 1_000_000);
    }

    private void offer(ClaimRow claim) {
        categoryNames.add(claim.category());
        if (!claim.attributed()) {
            speakerNames.add(org.newsmark.analysis.FindingsRules.UNATTRIBUTED);
        }
        claim.voices().forEach(voice -> speakerNames.add(voice.speaker().name()));
    }

    private VoicesTally.Selection selection(FindingsTally tally) {
        VoicesChoice choice = voicesChoice;
        return tally.voicesTally().rows(choice.allOutlets(), choice.outlet(), choice.level(), VOICES_SHOWN);
    }

    /** Shows other Voices rows: those of another outlet or level. */
    public void chooseVoices(VoicesChoice choice) {
        voicesChoice = choice;
        tasks.run(() -> index == null ? null : selection(index.tally(currentScope)), selection -> {
            if (selection != null && choice.equals(voicesChoice)) {
                showVoices(selection);
            }
        }, error -> status.set("Could not count the findings: " + error.getMessage()));
    }

    private void showVoices(VoicesTally.Selection selection) {
        voices.setAll(selection.rows());
        voicesTotal.set(selection.total());
    }

    private void show(Counted counted) {
        codebook.set(counted.codebook());
        voicesChart.set(counted.voicesChart());
        List<String> outlets = outletsOf(counted.voiceTypes());
        if (!outlets.equals(voiceOutlets)) {
            voiceOutlets.setAll(outlets);
        }
        showVoices(counted.voices());
        codes.setAll(counted.codes());
        if (counted.wholeClaims()) {
            claims.setAll(counted.claims());
        } else {
            counted.changedClaims().forEach(this::replaceClaims);
        }
        if (!notes.equals(counted.notes())) {
            notes.setAll(counted.notes());
        }
        if (!claimSpeakers.equals(counted.claimSpeakers())) {
            claimSpeakers.setAll(counted.claimSpeakers());
        }
        if (!claimCategories.equals(counted.claimCategories())) {
            claimCategories.setAll(counted.claimCategories());
        }
        counting.set(queued.get());
        progress.set(-1);
        lastCountMillis = counted.millis();
        status.set(counted.articles() == 0 ? "" : counted.articlesInScope() == counted.articles()
                ? String.format(Locale.ROOT, "All %,d articles", counted.articles())
                : String.format(Locale.ROOT, "%,d of %,d articles (the corpus filter)", counted.articlesInScope(),
                        counted.articles()));
        counts.set(counts.get() + 1);
    }

    /** Puts an article's claims in place of what the list held for it; the list stays in article order. */
    private void replaceClaims(long articleId, List<ClaimRow> rows) {
        int from = firstAtOrAfter(articleId);
        int to = from;
        while (to < claims.size() && claims.get(to).articleId() == articleId) {
            to++;
        }
        if (to > from) {
            claims.remove(from, to);
        }
        claims.addAll(from, rows);
    }

    private int firstAtOrAfter(long articleId) {
        int low = 0;
        int high = claims.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (claims.get(middle).articleId() < articleId) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The quotes a Voices row counts, as Claims rows, for "click a row to see the quotes". */
    public void quotesOf(VoiceRow row, Consumer<List<ClaimRow>> then) {
        tasks.run(() -> {
            if (index == null) {
                return List.<ClaimRow>of();
            }
            FindingsTally tally = index.tally(currentScope);
            List<ArticleFindings> scoped = index.articles().stream().filter(article -> tally.contains(article.id())).toList();
            Set<java.util.UUID> ids = new HashSet<>();
            Voices.quotesOf(row, scoped).stream().map(ContentFacts::content).forEach(content -> ids.add(content.id()));
            List<ClaimRow> rows = new ArrayList<>();
            for (ArticleFindings article : scoped) {
                article.claims().stream().filter(claim -> ids.contains(claim.claimId())).forEach(rows::add);
            }
            return rows;
        }, then, error -> message.set("Could not read the quotes: " + error.getMessage()));
    }

    public void open(ClaimRow claim) {
        opener.openAt(claim.articleId(), claim.claimId());
    }

    public void openArticle(long articleId) {
        opener.open(articleId);
    }

    /** Writes a table as tidy CSV (docs/findings.md), replacing the file only once it is complete. */
    public void exportCsv(List<String> columns, List<List<Object>> rows, Path target, boolean byteOrderMark) {
        message.set("Writing " + target.getFileName() + "\u2026");
        tasks.run(() -> ExportFiles.write(store.file(), target, "csv", writer -> {
            try (TidyCsv csv = new TidyCsv(writer, columns, byteOrderMark)) {
                for (List<Object> row : rows) {
                    csv.row(row);
                }
            }
            return rows.size();
        }), written -> message.set(String.format(Locale.ROOT, "Wrote %,d rows to %s.", written, target)),
                error -> message.set("Could not write " + target + ": " + error.getMessage()));
    }

    /** Shows a message above the findings. */
    public void say(String text) {
        message.set(text);
    }

    /** Writing a file away from the window's thread. */
    @FunctionalInterface
    public interface FileWork {
        void writeTo(Path target) throws Exception;
    }

    /** Writes a file (a chart's picture) in the background and says how it went. */
    public void writeFile(String what, Path target, FileWork work) {
        Path project = store.file().toAbsolutePath().normalize();
        Path chosen = target.toAbsolutePath().normalize();
        if (java.util.Objects.equals(chosen.getParent(), project.getParent())
                && chosen.getFileName().toString().startsWith(project.getFileName().toString())) {
            message.set("Not writing " + target.getFileName() + ": that is the project file or one kept beside it. "
                    + "Choose another name.");
            return;
        }
        message.set("Writing " + target.getFileName() + "\u2026");
        tasks.run(() -> {
            work.writeTo(target);
            return target;
        }, written -> message.set("Saved " + what + " as " + written + "."),
                error -> message.set("Could not write " + target + ": " + error.getMessage()));
    }

    /** Writes the printable report of one article (docs: README, "Findings"). */
    public void saveArticleReport(long articleId, Path target) {
        if (articleId < 0) {
            message.set("Open an article first: the report is of the article shown.");
            return;
        }
        message.set("Writing " + target.getFileName() + "\u2026");
        tasks.run(() -> ExportFiles.write(store.file(), target, "html", writer -> {
            new ArticleReport().write(store, articleId, writer);
            return target;
        }), written -> message.set("Saved the report of the article as " + written + "."),
                error -> message.set("Could not write " + target + ": " + error.getMessage()));
    }

    /** Writes the whole Voices table, every outlet and level, as `newsmark report voices` does. */
    public void exportVoicesCsv(Path target, boolean byteOrderMark) {
        tasks.run(() -> {
            List<List<Object>> cells = new ArrayList<>();
            if (index != null) {
                index.tally(currentScope).voices().forEach(row -> cells.add(row.cells()));
            }
            return cells;
        }, cells -> exportCsv(VoiceRow.COLUMNS, cells, target, byteOrderMark),
                error -> message.set("Could not write " + target + ": " + error.getMessage()));
    }

    /** Outlets found in the Voices rows, by name (articles without one as null, after them). */
    static List<String> outletsOf(List<VoiceRow> rows) {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        boolean none = false;
        for (VoiceRow row : rows) {
            if (!row.allOutlets()) {
                if (row.outlet() == null) {
                    none = true;
                } else {
                    names.add(row.outlet());
                }
            }
        }
        List<String> outlets = new ArrayList<>(names);
        if (none) {
            outlets.add(null);
        }
        return outlets;
    }

    /** Whether the views are showing: only then is anything counted. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The Voices rows the window shows: those of the chosen outlet and level, at most {@link #VOICES_SHOWN}. */
    public ObservableList<VoiceRow> voices() {
        return voices;
    }

    /** How many Voices rows the chosen outlet and level have in all. */
    public ReadOnlyIntegerProperty voicesTotalProperty() {
        return voicesTotal.getReadOnlyProperty();
    }

    /** The outlets the Voices rows are of, by name (null for articles without one, last). */
    public ObservableList<String> voiceOutlets() {
        return voiceOutlets;
    }

    /** The claims of the articles in scope, in article order. */
    public ObservableList<ClaimRow> claims() {
        return claims;
    }

    /** The speakers of the claims in scope (and "unattributed"), for the Claims filter. */
    public ObservableList<String> claimSpeakers() {
        return claimSpeakers;
    }

    /** The categories of the claims in scope, for the Claims filter. */
    public ObservableList<String> claimCategories() {
        return claimCategories;
    }

    public ObservableList<CodeRow> codes() {
        return codes;
    }

    public ObservableList<String> notes() {
        return notes;
    }

    public ReadOnlyObjectProperty<Codebook> codebookProperty() {
        return codebook.getReadOnlyProperty();
    }

    public ObjectProperty<CorpusFilter> scopeProperty() {
        return scope;
    }

    public ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What the last export or report said. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The chart of speaker types' shares per outlet, worked out with the count. */
    public ReadOnlyObjectProperty<ChartData> voicesChartProperty() {
        return voicesChart.getReadOnlyProperty();
    }

    /** How long the last count took on the task thread, for the benchmark. */
    public long lastCountMillis() {
        return lastCountMillis;
    }

    /** How many counts have been shown: for tests and benchmarks that wait for the next. */
    public ReadOnlyIntegerProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }
}
