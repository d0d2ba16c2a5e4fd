package org.newsmark.ui.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.newsmark.model.Annotation;

/**
 * Folds overlapping and nested annotations into consecutive runs of text, each run carrying the
 * annotations that cover it (outermost first) and the role of its paragraph. One sweep over the
 * boundaries, so a range with n annotations costs about n log n.
 */
public final class HighlightRuns {

    /** Outer spans first: earlier start, then longer. */
    public static final Comparator<Annotation> OUTER_FIRST = Comparator.comparingInt(Annotation::start)
            .thenComparing(Comparator.comparingInt(Annotation::end).reversed())
            .thenComparing(annotation -> annotation.id().toString());

    /**
     * @param covering the annotations over this run, outermost first
     * @param selected whether the selected annotation covers this run
     * @param linked   whether an annotation linked to the one under the mouse covers this run
     */
    public record Run(int length, ParagraphRole role, List<Annotation> covering, boolean selected, boolean linked) {

        /** Whether the run is drawn with an outline. */
        public boolean emphasised() {
            return selected || linked;
        }
    }

    /** The annotations drawn with an outline: the selected one, and those linked to the one under the mouse. */
    public record Emphasis(Set<UUID> selected, Set<UUID> linked) {

        public static final Emphasis NONE = new Emphasis(Set.of(), Set.of());

        boolean isEmpty() {
            return selected.isEmpty() && linked.isEmpty();
        }
    }

    private HighlightRuns() {
    }

    /** The runs of {@code [from, to)} with {@code selected} outlined; their lengths add up to {@code to - from}. */
    public static List<Run> of(ArticleLayout layout, Collection<Annotation> annotations, Set<UUID> selected, int from, int to) {
        return of(layout, annotations, new Emphasis(selected, Set.of()), from, to);
    }

    /** The runs of {@code [from, to)}; their lengths add up to {@code to - from}. */
    public static List<Run> of(ArticleLayout layout, Collection<Annotation> annotations, Emphasis emphasis, int from, int to) {
        List<Annotation> relevant = new ArrayList<>();
        TreeSet<Integer> boundaries = new TreeSet<>();
        boundaries.add(from);
        boundaries.add(to);
        for (Annotation annotation : annotations) {
            if (annotation.overlaps(from, to)) {
                relevant.add(annotation);
                boundaries.add(Math.max(from, annotation.start()));
                boundaries.add(Math.min(to, annotation.end()));
            }
        }
        relevant.sort(OUTER_FIRST);
        for (int p = layout.paragraphAt(from); p < layout.paragraphs().size(); p++) {
            ArticleLayout.Paragraph paragraph = layout.paragraphs().get(p);
            if (paragraph.start() >= to) {
                break;
            }
            boundaries.add(Math.max(from, paragraph.start()));
            boundaries.add(Math.min(to, Math.max(from, paragraph.end())));
        }

        List<Run> runs = new ArrayList<>();
        List<Annotation> active = new ArrayList<>();
        int next = 0;
        int paragraph = layout.paragraphAt(from);
        Integer previous = null;
        for (int boundary : boundaries) {
            if (previous != null && boundary > previous) {
                int at = previous;
                active.removeIf(annotation -> annotation.end() <= at);
                while (next < relevant.size() && relevant.get(next).start() <= at) {
                    Annotation annotation = relevant.get(next++);
                    if (annotation.end() > at) {
                        active.add(annotation);
                    }
                }
                active.sort(OUTER_FIRST);
                while (paragraph + 1 < layout.paragraphs().size() && layout.paragraphs().get(paragraph + 1).start() <= at) {
                    paragraph++;
                }
                boolean selected = false;
                boolean linked = false;
                if (!emphasis.isEmpty()) {
                    for (Annotation annotation : active) {
                        selected |= emphasis.selected().contains(annotation.id());
                        linked |= emphasis.linked().contains(annotation.id());
                    }
                }
                runs.add(new Run(boundary - at, layout.paragraphs().get(paragraph).role(), List.copyOf(active), selected, linked));
            }
            previous = boundary;
        }
        return runs;
    }
}
