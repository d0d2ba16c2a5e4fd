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
     * @param word     in a paragraph with right-to-left text, where the word this run is part of starts
     *                 (so that no two words share a piece of text); 0 elsewhere
     * @param glyphs   whether the run is text, emoji (drawn in a font of their own) or an invisible mark
     */
    public record Run(int length, ParagraphRole role, List<Annotation> covering, boolean selected, boolean linked, int word,
            Glyphs glyphs) {

        public Run(int length, ParagraphRole role, List<Annotation> covering, boolean selected, boolean linked) {
            this(length, role, covering, selected, linked, 0, Glyphs.TEXT);
        }

        /** Whether the run is drawn with an outline. */
        public boolean emphasised() {
            return selected || linked;
        }
    }

    /** What a run holds, for the font it is drawn in. */
    public enum Glyphs {
        TEXT,
        /** Emoji, drawn in a font that has them. */
        EMOJI,
        /**
         * A mark that shows nothing but changes how the text around it is joined or ordered (the
         * zero-width non-joiner of Persian, direction marks): JavaFX 21 on Linux would draw it as a box.
         */
        MARK
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

    /**
     * In a paragraph with right-to-left text, a boundary after every space. JavaFX 21 draws a run of
     * right-to-left text that it wraps onto two lines wrongly (the first line shows the end of the
     * run); wrapped only between runs, each line reads right. The paragraph's bidirectional levels are
     * still worked out over the whole paragraph, so the order of words is not affected.
     */
    private static void cutAtWords(String text, ArticleLayout.Paragraph paragraph, int from, int to,
            TreeSet<Integer> boundaries, TreeSet<Integer> words) {
        int start = Math.max(from, paragraph.start());
        int end = Math.min(to, paragraph.end());
        if (start >= end || !ParagraphDirection.hasRightToLeft(text, paragraph.start(), paragraph.end())) {
            return;
        }
        int word = text.lastIndexOf(' ', start - 1) + 1;
        words.add(Math.max(word, paragraph.start()));
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == ' ' && i + 1 < end) {
                boundaries.add(i + 1);
                words.add(i + 1);
            }
        }
    }

    /**
     * A boundary before and after each stretch of emoji, so they can be drawn in a font that has them,
     * and around each invisible mark (their kinds go into {@code special}). Emoji are looked for only
     * outside the Basic Multilingual Plane: the emoji blocks, with the joiners and selectors between them.
     */
    private static void cutAroundSpecial(String text, int start, int end, TreeSet<Integer> boundaries,
            java.util.Map<Integer, Glyphs> special) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (isMark(c)) {
                boundaries.add(i);
                boundaries.add(i + 1);
                special.put(i, Glyphs.MARK);
                i++;
                continue;
            }
            if (c < '\uD83C' || c > '\uD83E' || !isEmoji(text.codePointAt(i))) {
                i++;
                continue;
            }
            int stretch = i;
            while (i < end) {
                int codePoint = text.codePointAt(i);
                if (!isEmoji(codePoint) && codePoint != 0x200D && codePoint != 0xFE0F && (codePoint < 0xE0020 || codePoint > 0xE007F)) {
                    break;
                }
                i += Character.charCount(codePoint);
            }
            boundaries.add(stretch);
            boundaries.add(Math.min(i, end));
            special.put(stretch, Glyphs.EMOJI);
        }
    }

    /** Zero-width non-joiner, left-to-right, right-to-left and Arabic letter marks. */
    static boolean isMark(char c) {
        return c == '\u200C' || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }

    static boolean isEmoji(int codePoint) {
        return codePoint >= 0x1F000 && codePoint <= 0x1FAFF;
    }

    /** The runs of {@code [from, to)} with {@code selected} outlined; their lengths add up to {@code to - from}. */
    public static List<Run> of(ArticleLayout layout, Collection<Annotation> annotations, Set<UUID> selected, int from, int to) {
        return of(layout, annotations, new Emphasis(selected, Set.of()), from, to);
    }

    /** The runs of {@code [from, to)}; their lengths add up to {@code to - from}. */
    public static List<Run> of(ArticleLayout layout, Collection<Annotation> annotations, Emphasis emphasis, int from, int to) {
        List<Annotation> relevant = new ArrayList<>();
        TreeSet<Integer> boundaries = new TreeSet<>();
        TreeSet<Integer> words = new TreeSet<>();
        java.util.Map<Integer, Glyphs> special = new java.util.HashMap<>();
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
            cutAtWords(layout.displayText(), paragraph, from, to, boundaries, words);
            cutAroundSpecial(layout.displayText(), Math.max(from, paragraph.start()), Math.min(to, paragraph.end()), boundaries, special);
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
                runs.add(new Run(boundary - at, layout.paragraphs().get(paragraph).role(), List.copyOf(active), selected, linked,
                        words.isEmpty() || words.floor(at) == null ? 0 : words.floor(at), special.getOrDefault(at, Glyphs.TEXT)));
            }
            previous = boundary;
        }
        return runs;
    }
}
