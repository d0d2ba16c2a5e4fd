package org.newsmark.ui.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsmark.agreement.AgreementQuery;
import org.newsmark.model.Annotation;

/**
 * Whose work the article holds: every coder's annotations, the coders (the own coder first, then the
 * others in the order they were first met, which is also their lane), and which of them are shown.
 * Each coder keeps one lane for the whole session, so their lines keep one style from article to
 * article (lane 0, the own coder's, is drawn solid; the others dashed, each in its own pattern). A
 * hidden coder stays hidden in the next article. The own coder is always shown: what is tagged must
 * be seen.
 */
public final class CoderLanes {

    /** The coder name of the gold version (see {@link AgreementQuery#CURATOR}). */
    public static final String CURATOR = AgreementQuery.CURATOR;

    /** The dash patterns of lanes 1, 2, …: long dashes, dots, dash-dot, short dashes (lane 0 is solid). */
    private static final List<List<Double>> DASHES = List.of(List.of(7.0, 3.0), List.of(2.0, 2.5), List.of(8.0, 2.5, 2.0, 2.5),
            List.of(4.0, 4.0));

    private String own = "";
    private final List<Annotation> all = new ArrayList<>();
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyCoders = FXCollections.unmodifiableObservableList(coders);
    private final Set<String> hidden = new HashSet<>();
    private final Map<String, Integer> lanes = new HashMap<>();
    private volatile Map<String, Integer> lanesSnapshot = Map.of();
    private final List<Runnable> visibilityListeners = new ArrayList<>();

    /** The own coder: lane 0, always shown. */
    void setOwn(String coder) {
        own = coder == null ? "" : coder;
        hidden.remove(own);
        lanes.put(own, 0);
        lanesSnapshot = Map.copyOf(lanes);
    }

    public String own() {
        return own;
    }

    /** Takes an article's annotations, every coder's. */
    void load(List<Annotation> annotations) {
        all.clear();
        all.addAll(annotations);
        updateCoders();
    }

    /** Keeps the list in step with one change (before null: added; after null: deleted). */
    void apply(Annotation before, Annotation after) {
        if (before != null) {
            all.removeIf(annotation -> annotation.id().equals(before.id()));
        }
        if (after != null) {
            int at = Collections.binarySearch(all, after, HighlightRuns.OUTER_FIRST);
            all.add(at < 0 ? -at - 1 : at, after);
            if (!coders.contains(after.annotator())) {
                updateCoders();
            }
        }
    }

    private void updateCoders() {
        Set<String> found = new TreeSet<>();
        all.forEach(annotation -> found.add(annotation.annotator()));
        found.remove(own);
        for (String coder : found) {
            lanes.computeIfAbsent(coder, name -> lanes.size());
        }
        lanesSnapshot = Map.copyOf(lanes);
        List<String> ordered = new ArrayList<>(found);
        ordered.sort((a, b) -> Integer.compare(lanes.get(a), lanes.get(b)));
        ordered.add(0, own);
        if (!ordered.equals(coders)) {
            coders.setAll(ordered);
        }
    }

    /** The article's coders, the own one first, the others by lane. */
    public ObservableList<String> coders() {
        return readOnlyCoders;
    }

    /** Whether the article holds work of a coder besides the own one. */
    public boolean hasOthers() {
        return coders.size() > 1;
    }

    public boolean isShown(String coder) {
        return !hidden.contains(coder);
    }

    /** Shows or hides a coder's annotations (the own coder's cannot be hidden). */
    public void setShown(String coder, boolean shown) {
        if (coder.equals(own) || shown == isShown(coder)) {
            return;
        }
        if (shown) {
            hidden.remove(coder);
        } else {
            hidden.add(coder);
        }
        visibilityListeners.forEach(Runnable::run);
    }

    /** Shows only these coders (and the own one), hiding the rest of the article's. */
    public void showOnly(Set<String> shown) {
        boolean changed = false;
        for (String coder : coders) {
            boolean show = coder.equals(own) || shown.contains(coder);
            changed |= show != isShown(coder);
            if (show) {
                hidden.remove(coder);
            } else {
                hidden.add(coder);
            }
        }
        if (changed) {
            visibilityListeners.forEach(Runnable::run);
        }
    }

    /** Runs when a coder is shown or hidden. */
    public void addListener(Runnable listener) {
        visibilityListeners.add(listener);
    }

    /** The annotations of the coders shown, in the article's order (outermost first). */
    List<Annotation> shown() {
        if (hidden.isEmpty()) {
            return List.copyOf(all);
        }
        return all.stream().filter(annotation -> isShown(annotation.annotator())).toList();
    }

    /** Every coder's annotations in the article, shown or hidden. */
    public List<Annotation> all() {
        return Collections.unmodifiableList(all);
    }

    public Optional<Annotation> annotation(UUID id) {
        return all.stream().filter(annotation -> annotation.id().equals(id)).findFirst();
    }

    /** A coder's lane: 0 for the own coder, 1, 2, … for the others in the order they were met. Safe from any thread. */
    public int laneOf(String coder) {
        return lanesSnapshot.getOrDefault(coder, 0);
    }

    /** The lanes as they are now, for drawing on another thread. */
    Map<String, Integer> lanes() {
        return lanesSnapshot;
    }

    /** The dash pattern of a lane's lines: none (solid) for lane 0. */
    public static List<Double> dashesOf(int lane) {
        return lane <= 0 ? List.of() : DASHES.get((lane - 1) % DASHES.size());
    }
}
