package org.newsmark.ui.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextFlow;
import javafx.scene.transform.Scale;
import org.fxmisc.richtext.TextExt;

/**
 * Draws one paragraph's annotation marks, after each frame's layout that changed the paragraph:
 * behind the text a light tint of the innermost category; under it a line per covering annotation in
 * its category's colour, the outermost nearest the text and each nested one a step lower, so two or
 * three overlapping spans each stay visible; around the selected annotation an outline in the theme's
 * accent colour (dashed around what the annotation under the mouse is linked to). Each line stops a
 * pixel short of its span's ends, so two neighbouring spans of one category show as two.
 *
 * <p>The shapes come from the paragraph's own text layout (its underline and range shapes), so they
 * follow wrapping, zoom and right-to-left text. Only paragraphs on screen exist, so only they are
 * drawn. Where JavaFX gives a right-to-left paragraph's shapes mirrored (JavaFX 21), they are mirrored
 * back, the area's own selection and caret included (decision 12).
 */
final class SpanMarks {

    /** Lines drawn under a run at most; deeper nesting is rare and would reach the next line of text. */
    static final int MAX_LINES = 4;
    static final double LINE_WIDTH = 2;
    static final double LINE_STEP = 3.5;

    private enum Kind { TINT, LINE, SELECTED, LINKED }

    /** A stretch of the paragraph drawn with one shape. */
    private static final class Mark {
        final Kind kind;
        final int level;
        final Object line;
        final int start;
        int end;

        Mark(Kind kind, int level, Object line, int start, int end) {
            this.kind = kind;
            this.level = level;
            this.line = line;
            this.start = start;
            this.end = end;
        }
    }

    private final TextFlow flow;
    private final List<Path> shapes = new ArrayList<>();
    private final List<Path> tints = new ArrayList<>();
    /** The width the flow's shapes are mirrored across (see {@link #mirrorAxis()}), or NaN. */
    private double mirror = Double.NaN;

    private SpanMarks(TextFlow flow) {
        this.flow = flow;
    }

    /** The paragraphs on screen whose hit, range and caret shapes JavaFX gives mirrored (JavaFX thread only). */
    private static final Set<TextFlow> MIRRORED = Collections.newSetFromMap(new WeakHashMap<>());

    static Set<TextFlow> mirroredFlows() {
        return MIRRORED;
    }

    /** Paragraphs laid out since the last frame, drawn once the frame's layout is done. */
    private static final Set<SpanMarks> DIRTY = new LinkedHashSet<>();
    private static final Set<Scene> SCENES = Collections.newSetFromMap(new WeakHashMap<>());

    static void attachTo(TextFlow flow) {
        SpanMarks marks = new SpanMarks(flow);
        flow.needsLayoutProperty().addListener((observable, before, needsLayout) -> {
            if (!needsLayout) {
                marks.drawAfterLayout();
            }
        });
        // A new paragraph's first layout does not change that property (it starts false), nor does a
        // change of width always; and the area adds a selection or caret without laying it out again.
        flow.layoutBoundsProperty().addListener((observable, before, after) -> marks.drawAfterLayout());
        flow.getChildren().addListener((ListChangeListener<Node>) change -> marks.drawAfterLayout());
        flow.sceneProperty().addListener((observable, before, after) -> marks.drawAfterLayout());
    }

    /**
     * Draws the marks at the end of this frame's layout, when the paragraph's pieces of text are where
     * they will be drawn (a right-to-left paragraph's are moved after its first layout).
     */
    private void drawAfterLayout() {
        Scene scene = flow.getScene();
        if (scene == null) {
            return;
        }
        DIRTY.add(this);
        if (SCENES.add(scene)) {
            scene.addPostLayoutPulseListener(SpanMarks::drawDirty);
        }
        Platform.requestNextPulse();
    }

    private static void drawDirty() {
        if (DIRTY.isEmpty()) {
            return;
        }
        List<SpanMarks> dirty = new ArrayList<>(DIRTY);
        DIRTY.clear();
        for (SpanMarks marks : dirty) {
            if (marks.flow.getScene() != null) {
                marks.draw();
            }
        }
        // Drawing adds shapes to the paragraphs, which asks for another round; nothing is left to draw.
        DIRTY.clear();
    }

    private void draw() {
        List<Mark> marks = new ArrayList<>();
        int lastText = collect(marks);
        Node lastTextNode = lastText < 0 ? null : flow.getChildren().get(lastText);
        mirror = mirrorAxis();
        if (Double.isNaN(mirror)) {
            MIRRORED.remove(flow);
        } else {
            MIRRORED.add(flow);
        }
        mirrorTheAreasShapes();
        if (marks.isEmpty() && shapes.isEmpty() && tints.isEmpty()) {
            return;
        }
        ObservableList<Node> children = flow.getChildren();
        Insets insets = flow.getInsets();
        int used = 0;
        int tinted = 0;
        for (Mark mark : marks) {
            PathElement[] elements = switch (mark.kind) {
                case TINT -> tint(mark);
                case LINE -> line(mark);
                default -> outline(mark);
            };
            if (elements.length == 0) {
                continue;
            }
            Path shape;
            if (mark.kind == Kind.TINT) {
                if (tinted < tints.size()) {
                    shape = tints.get(tinted);
                } else {
                    shape = newShape(tints);
                    // Behind the text (and the area's own shapes).
                    children.add(0, shape);
                }
                tinted++;
            } else if (used < shapes.size()) {
                shape = shapes.get(used++);
            } else {
                shape = newShape(shapes);
                used++;
                // Above the text, below the caret.
                int after = lastTextNode == null ? children.size() - 1 : children.indexOf(lastTextNode);
                children.add(Math.min(after + used, children.size()), shape);
            }
            shape.setLayoutX(insets.getLeft());
            shape.setLayoutY(insets.getTop());
            style(shape, mark);
            shape.getElements().setAll(elements);
        }
        removeUnused(shapes, used);
        removeUnused(tints, tinted);
    }

    private static Path newShape(List<Path> into) {
        Path shape = new Path();
        shape.setManaged(false);
        shape.setStrokeLineCap(StrokeLineCap.BUTT);
        into.add(shape);
        return shape;
    }

    private void removeUnused(List<Path> list, int used) {
        if (used < list.size()) {
            List<Path> unused = list.subList(used, list.size());
            flow.getChildren().removeAll(unused);
            unused.clear();
        }
    }

    /**
     * JavaFX 21 gives the range, caret and hit shapes of a right-to-left paragraph as if it ran left to
     * right: mirrored across the paragraph's width, while its text is drawn where it belongs. This
     * finds out (a newer JavaFX may not do it) by comparing a piece of text's place with its range's,
     * and gives the width to mirror across, or NaN when the shapes are right.
     */
    private double mirrorAxis() {
        if (flow.getEffectiveNodeOrientation() != NodeOrientation.RIGHT_TO_LEFT) {
            return Double.NaN;
        }
        Insets insets = flow.getInsets();
        double width = flow.getWidth() - insets.getLeft() - insets.getRight();
        int offset = 0;
        for (Node child : flow.getChildren()) {
            if (child instanceof TextExt text && !text.getText().isEmpty()) {
                List<double[]> range = boxes(flow.rangeShape(offset, offset + text.getText().length()));
                if (range.isEmpty()) {
                    return Double.NaN;
                }
                double drawnLeft = child.getBoundsInParent().getMinX() - insets.getLeft();
                double mirroredLeft = width - range.get(0)[1];
                boolean mirrored = Math.abs(drawnLeft - mirroredLeft) < 1 && Math.abs(drawnLeft - range.get(0)[0]) >= 1;
                return mirrored ? width : Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** Puts the area's own selection and caret, which it draws from the same shapes, where the text is. */
    private void mirrorTheAreasShapes() {
        for (Node child : flow.getChildren()) {
            if (child instanceof Path path && !shapes.contains(path) && !tints.contains(path)) {
                if (Double.isNaN(mirror)) {
                    if (!path.getTransforms().isEmpty()) {
                        path.getTransforms().clear();
                    }
                } else {
                    Scale flip = new Scale(-1, 1, mirror / 2, 0);
                    if (path.getTransforms().size() != 1 || !(path.getTransforms().get(0) instanceof Scale scale)
                            || scale.getPivotX() != flip.getPivotX()) {
                        path.getTransforms().setAll(flip);
                    }
                }
            }
        }
    }

    /** A box's {left, right} where the text really is. */
    private double[] across(double[] box) {
        if (Double.isNaN(mirror)) {
            return box;
        }
        return new double[] {mirror - box[1], mirror - box[0], box[2], box[3]};
    }

    private PathElement[] tint(Mark mark) {
        List<PathElement> elements = new ArrayList<>();
        for (double[] box : boxes(flow.rangeShape(mark.start, mark.end))) {
            double[] at = across(box);
            elements.add(new MoveTo(at[0], at[2]));
            elements.add(new LineTo(at[1], at[2]));
            elements.add(new LineTo(at[1], at[3]));
            elements.add(new LineTo(at[0], at[3]));
            elements.add(new ClosePath());
        }
        return elements.toArray(PathElement[]::new);
    }

    private static void style(Path shape, Mark mark) {
        String styleClass = switch (mark.kind) {
            case TINT -> "annotation-tint";
            case LINE -> "annotation-line";
            case SELECTED -> "selected-annotation-outline";
            case LINKED -> "linked-annotation-outline";
        };
        if (shape.getStyleClass().size() != 1 || !shape.getStyleClass().get(0).equals(styleClass)) {
            shape.getStyleClass().setAll(styleClass);
        }
        if (mark.kind == Kind.TINT) {
            shape.setStroke(null);
            shape.setFill((Color) mark.line);
        } else if (mark.kind == Kind.LINE) {
            shape.setStroke(((SpanStyle.Line) mark.line).colour());
            shape.setStrokeWidth(LINE_WIDTH);
            // Another coder's line is dashed, in their lane's pattern (CoderLanes); the own coder's solid.
            List<Double> dashes = CoderLanes.dashesOf(((SpanStyle.Line) mark.line).lane());
            if (!shape.getStrokeDashArray().equals(dashes)) {
                shape.getStrokeDashArray().setAll(dashes);
            }
            shape.setFill(null);
        } else {
            // Colour, width and dashes from the style sheet, in the theme's accent colour.
            shape.setFill(Color.TRANSPARENT);
        }
    }

    /** Gathers the marks from the styles of the paragraph's pieces of text; returns the index of its last piece. */
    private int collect(List<Mark> marks) {
        Mark[] open = new Mark[MAX_LINES + 3];
        int offset = 0;
        int lastText = -1;
        List<Node> children = flow.getChildren();
        for (int i = 0; i < children.size(); i++) {
            if (!(children.get(i) instanceof TextExt text)) {
                continue;
            }
            lastText = i;
            int end = offset + text.getText().length();
            SpanStyle style = text.getUserData() instanceof SpanStyle given ? given : SpanStyle.PLAIN;
            for (int level = 0; level < MAX_LINES; level++) {
                SpanStyle.Line line = level < style.lines().size() ? style.lines().get(level) : null;
                extend(open, level, line == null ? null : Kind.LINE, line, offset, end, marks);
            }
            extend(open, MAX_LINES, style.selected() ? Kind.SELECTED : null, null, offset, end, marks);
            extend(open, MAX_LINES + 1, style.linked() && !style.selected() ? Kind.LINKED : null, null, offset, end, marks);
            extend(open, MAX_LINES + 2, style.fill() == null ? null : Kind.TINT, style.fill(), offset, end, marks);
            offset = end;
        }
        for (Mark mark : open) {
            if (mark != null) {
                marks.add(mark);
            }
        }
        return lastText;
    }

    private static void extend(Mark[] open, int slot, Kind kind, Object line, int start, int end, List<Mark> marks) {
        Mark current = open[slot];
        if (current != null && kind != null && current.end == start && java.util.Objects.equals(current.line, line)) {
            current.end = end;
            return;
        }
        if (current != null) {
            marks.add(current);
            open[slot] = null;
        }
        if (kind != null && end > start) {
            open[slot] = new Mark(kind, slot, line, start, end);
        }
    }

    /** A line under each piece of the mark's text (one per line of the paragraph it wraps onto). */
    private PathElement[] line(Mark mark) {
        List<double[]> boxes = boxes(flow.underlineShape(mark.start, mark.end));
        List<PathElement> elements = new ArrayList<>(boxes.size() * 2);
        double drop = mark.level * LINE_STEP + LINE_WIDTH / 2;
        for (double[] underline : boxes) {
            double[] box = across(underline);
            double left = box[0] + 1;
            double right = box[1] - 1;
            if (right <= left) {
                continue;
            }
            double y = Math.round(box[2] + drop - LINE_WIDTH / 2) + LINE_WIDTH / 2;
            elements.add(new MoveTo(left, y));
            elements.add(new LineTo(right, y));
        }
        return elements.toArray(PathElement[]::new);
    }

    /**
     * The outline of the mark's text as one shape: the sides of each line's box, and the top and
     * bottom edges where no box of the neighbouring line continues the shape, so a span that wraps
     * is framed as a whole rather than line by line.
     */
    private PathElement[] outline(Mark mark) {
        List<double[]> boxes = new ArrayList<>(boxes(flow.rangeShape(mark.start, mark.end)).stream().map(this::across).toList());
        boxes.sort(Comparator.<double[]>comparingDouble(box -> box[2]).thenComparingDouble(box -> box[0]));
        List<PathElement> elements = new ArrayList<>();
        for (double[] box : boxes) {
            segment(elements, box[0], box[2], box[0], box[3]);
            segment(elements, box[1], box[2], box[1], box[3]);
            for (double[] edge : uncovered(box[0], box[1], boxes, box[2], true)) {
                segment(elements, edge[0], box[2], edge[1], box[2]);
            }
            for (double[] edge : uncovered(box[0], box[1], boxes, box[3], false)) {
                segment(elements, edge[0], box[3], edge[1], box[3]);
            }
        }
        return elements.toArray(PathElement[]::new);
    }

    private static void segment(List<PathElement> elements, double x1, double y1, double x2, double y2) {
        elements.add(new MoveTo(x1, y1));
        elements.add(new LineTo(x2, y2));
    }

    /**
     * The parts of {@code [from, to]} at height {@code y} not shared with a box touching it there
     * from above ({@code top}: the boxes whose bottom is at {@code y}) or from below.
     */
    static List<double[]> uncovered(double from, double to, List<double[]> boxes, double y, boolean top) {
        List<double[]> parts = new ArrayList<>();
        parts.add(new double[] {from, to});
        for (double[] other : boxes) {
            double touching = top ? other[3] : other[2];
            if (Math.abs(touching - y) > 0.5) {
                continue;
            }
            List<double[]> next = new ArrayList<>();
            for (double[] part : parts) {
                if (other[1] <= part[0] || other[0] >= part[1]) {
                    next.add(part);
                    continue;
                }
                if (other[0] > part[0]) {
                    next.add(new double[] {part[0], other[0]});
                }
                if (other[1] < part[1]) {
                    next.add(new double[] {other[1], part[1]});
                }
            }
            parts = next;
        }
        return parts;
    }

    /** The bounding boxes {left, right, top, bottom} of each closed figure of a shape. */
    static List<double[]> boxes(PathElement[] shape) {
        List<double[]> boxes = new ArrayList<>();
        double[] box = null;
        for (PathElement element : shape) {
            double x;
            double y;
            if (element instanceof MoveTo move) {
                box = new double[] {move.getX(), move.getX(), move.getY(), move.getY()};
                boxes.add(box);
                continue;
            } else if (element instanceof LineTo line) {
                x = line.getX();
                y = line.getY();
            } else {
                continue;
            }
            if (box != null) {
                box[0] = Math.min(box[0], x);
                box[1] = Math.max(box[1], x);
                box[2] = Math.min(box[2], y);
                box[3] = Math.max(box[3], y);
            }
        }
        boxes.removeIf(candidate -> candidate[1] - candidate[0] <= 0);
        return boxes;
    }
}
