package org.newsmark.ui.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.Category;
import org.newsmark.model.TextSpans;
import org.newsmark.task.BackgroundTasks;

/**
 * Draws the article and keeps its highlights current. A newly opened article is laid out and
 * styled whole on the layout thread and swapped in at once; afterwards each change marks the text
 * it touches, and all marked text is restyled once, just before the next frame is laid out.
 */
final class ArticleRenderer {

    private record Rendered(Article article, ArticleLayout layout, ReadOnlyStyledDocument<ParagraphRole, String, SpanStyle> document) {
    }

    /** The longest first article drawn on the JavaFX thread (characters): some 6,000 words. */
    private static final int DRAWN_AT_ONCE = 40_000;

    private final ArticleViewModel viewModel;
    private final StyledTextArea<ParagraphRole, SpanStyle> area;
    private final BackgroundTasks renderTasks;
    private final Consumer<String> messages;
    private final Runnable restyleBeforeLayout = this::restyleDirty;
    /** Text whose highlights are out of date, restyled together just before the next frame is laid out. */
    private final List<TextSpans.Range> dirty = new ArrayList<>();
    private HighlightPalette palette;
    private boolean dark;
    private ArticleLayout layout;
    private long shownArticleId = -1;
    private int renderGeneration;
    private boolean changedWhileRendering;
    private Runnable onRendered = () -> { };
    private Runnable onShown = () -> { };

    ArticleRenderer(ArticleViewModel viewModel, StyledTextArea<ParagraphRole, SpanStyle> area,
            BackgroundTasks renderTasks, Consumer<String> messages) {
        this.viewModel = viewModel;
        this.area = area;
        this.renderTasks = renderTasks;
        this.messages = messages;
        ArticleFonts.load();
        this.palette = newPalette();
        viewModel.categories().addListener((ListChangeListener<Category>) change -> {
            palette = newPalette();
            markDirty(0, area.getLength());
        });
        // A coder met for the first time gets a lane: the palette draws it (before the article is drawn).
        viewModel.coderLanes().coders().addListener((ListChangeListener<String>) change -> {
            palette = newPalette();
            if (showsCurrentArticle()) {
                markDirty(0, area.getLength());
            }
        });
        viewModel.loadsProperty().addListener((observable, before, after) -> render());
        viewModel.annotations().addListener(this::annotationsChanged);
        viewModel.hoveredProperty().addListener((observable, before, after) -> {
            markLinked(before);
            markLinked(after);
        });
        viewModel.links().addListener((ListChangeListener<org.newsmark.model.Link>) change -> markLinked(viewModel.getHovered()));
        area.sceneProperty().addListener((observable, before, after) -> moveTo(before, after));
        moveTo(null, area.getScene());
        if (viewModel.getArticle() != null) {
            render();
        }
    }

    /** What the view does once an article is in the area (select what it was opened at). */
    void setOnShown(Runnable onShown) {
        this.onShown = onShown;
    }

    void setOnRendered(Runnable onRendered) {
        this.onRendered = onRendered;
    }

    private void moveTo(Scene before, Scene after) {
        if (before != null) {
            before.removePreLayoutPulseListener(restyleBeforeLayout);
        }
        if (after != null) {
            after.addPreLayoutPulseListener(restyleBeforeLayout);
        }
    }

    /**
     * Whether the view model's article is the one on screen. While a newly chosen article is still
     * being laid out, the previous one is shown, and its offsets mean nothing in the new one.
     */
    boolean showsCurrentArticle() {
        return layout != null && viewModel.getArticle() != null && viewModel.getArticle().id() == shownArticleId;
    }

    /** Whether the annotation belongs to the article on screen, so its text can be restyled. */
    boolean isShown(Annotation annotation) {
        return annotation != null && layout != null && annotation.articleId() == shownArticleId
                && viewModel.getArticle() != null && viewModel.getArticle().id() == shownArticleId;
    }

    private void render() {
        Article article = viewModel.getArticle();
        int generation = ++renderGeneration;
        changedWhileRendering = false;
        if (article == null) {
            shownArticleId = -1;
            layout = null;
            area.clear();
            return;
        }
        List<Annotation> snapshot = List.copyOf(viewModel.annotations());
        HighlightRuns.Emphasis emphasised = emphasised();
        HighlightPalette currentPalette = palette;
        if (layout == null && article.text().length() <= DRAWN_AT_ONCE) {
            // Nothing is on screen yet (the window's first article): drawn now, the article is in the
            // window's first frame. A news article takes milliseconds; a long text waits for the layout thread.
            show(draw(article, snapshot, emphasised, currentPalette));
            return;
        }
        renderTasks.run(() -> draw(article, snapshot, emphasised, currentPalette), rendered -> {
            if (generation == renderGeneration) {
                show(rendered);
            }
        }, error -> {
            if (generation == renderGeneration) {
                shownArticleId = -1;
                layout = null;
                area.clear();
                messages.accept("Could not show the article: " + error.getMessage());
            }
        });
    }

    /** The article laid out and styled whole: pure work, on whichever thread. */
    private static Rendered draw(Article article, List<Annotation> annotations, HighlightRuns.Emphasis emphasised,
            HighlightPalette palette) {
        ArticleLayout layout = ArticleLayout.of(article);
        return new Rendered(article, layout, ArticleDocument.build(layout, annotations, emphasised, palette));
    }

    private void show(Rendered rendered) {
        layout = rendered.layout();
        shownArticleId = rendered.article().id();
        dirty.clear();
        area.replace(0, area.getLength(), rendered.document());
        area.moveTo(0);
        area.showParagraphAtTop(0);
        if (changedWhileRendering) {
            markDirty(0, area.getLength());
        }
        onShown.run();
        onRendered.run();
    }

    private void annotationsChanged(ListChangeListener.Change<? extends Annotation> change) {
        if (!showsCurrentArticle()) {
            // The article is still being drawn from an earlier list; draw it again once it is shown.
            changedWhileRendering = true;
            return;
        }
        while (change.next()) {
            change.getRemoved().forEach(this::markDirty);
            change.getAddedSubList().forEach(this::markDirty);
        }
    }

    /** Marks an annotation's text for restyling, if it is on screen. */
    void markDirty(Annotation annotation) {
        if (isShown(annotation)) {
            markDirty(annotation.start(), annotation.end());
        }
    }

    private void markLinked(Annotation annotation) {
        if (annotation != null) {
            viewModel.linkedTo(annotation).forEach(this::markDirty);
        }
    }

    private void markDirty(int from, int to) {
        dirty.add(new TextSpans.Range(from, to));
        Platform.requestNextPulse();
    }

    /** Restyles each stretch of out-of-date text once; stretches far apart are restyled apart. */
    private void restyleDirty() {
        if (dirty.isEmpty()) {
            return;
        }
        dirty.sort(Comparator.comparingInt(TextSpans.Range::start));
        int from = dirty.get(0).start();
        int to = dirty.get(0).end();
        for (TextSpans.Range range : dirty.subList(1, dirty.size())) {
            if (range.start() > to) {
                restyle(from, to);
                from = range.start();
            }
            to = Math.max(to, range.end());
        }
        restyle(from, to);
        dirty.clear();
    }

    private void restyle(int from, int to) {
        if (layout == null || from >= to || to > area.getLength()) {
            return;
        }
        List<HighlightRuns.Run> runs = HighlightRuns.of(layout, viewModel.annotations(), emphasised(), from, to);
        area.setStyleSpans(from, palette.styleSpans(runs));
    }

    /** What is outlined: the selected annotation, and what the annotation under the mouse is linked to. */
    private HighlightRuns.Emphasis emphasised() {
        Annotation selected = viewModel.getSelected();
        Annotation hovered = viewModel.getHovered();
        if (selected == null && hovered == null) {
            return HighlightRuns.Emphasis.NONE;
        }
        Set<UUID> linked = new HashSet<>();
        if (hovered != null) {
            viewModel.linkedTo(hovered).forEach(annotation -> linked.add(annotation.id()));
        }
        return new HighlightRuns.Emphasis(selected == null ? Set.of() : Set.of(selected.id()), linked);
    }

    /** Draws the highlights for a dark page or a light one. */
    void setDark(boolean dark) {
        if (dark != this.dark) {
            this.dark = dark;
            palette = newPalette();
            markDirty(0, area.getLength());
        }
    }

    private HighlightPalette newPalette() {
        return new HighlightPalette(viewModel.categories(), dark, viewModel.coderLanes().lanes());
    }
}
