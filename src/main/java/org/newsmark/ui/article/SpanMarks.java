package org.newsmark.ui.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.TextExt;

/**
 * Draws one paragraph's annotation marks, each time the paragraph is laid out: under the text a line
 * per covering annotation in its category's colour, the outermost nearest the text and each nested
 * one a step lower, so two or three overlapping spans each stay visible; around the selected
 * annotation an outline in the theme's accent colour (dashed around what the annotation under the
 * mouse is linked to). Each line stops a pixel short of its span's ends, so two neighbouring spans of
 * one category show as two.
 *
 * <p>The shapes come from the paragraph's own text layout (its underline and range shapes), so they
 * follow wrapping, zoom and right-to-left text. Paragraphs are drawn only while on screen.
 */
final class SpanMarks {

    /** Lines drawn under a run at most; deeper nesting is rare and would reach the next line of text. */
    static final int MAX_LINES = 4;
    static final double LINE_WIDTH = 2;
    static final double LINE_STEP = 3.5;

    private enum Kind { LINE, SELECTED, LINKED }

    /** A stretch of the paragraph drawn with one shape. */
    private static final class Mark {
        final Kind kind;
        final int level;
        final SpanStyle.Line line;
        final int start;
        int end;

        Mark(Kind kind, int level, SpanStyle.Line line, int start, int end) {
            this.kind = kind;
            this.level = level;
            this.line = line;
            this.start = start;
            this.end = end;
        }
    }

    private final TextFlow flow;
    private final List<Path> shapes = new ArrayList<>();

    private SpanMarks(TextFlow flow) {
        this.flow = flow;
    }

    static void attachTo(TextFlow flow) {
        SpanMarks marks = new SpanMarks(flow);
        flow.needsLayoutProperty().addListener((observable, before, needsLayout) -> {
            if (!needsLayout) {
                marks.draw();
            }
        });
    }

    private void draw() {
        List<Mark> marks = new ArrayList<>();
        int lastText = collect(marks);
        if (marks.isEmpty() && shapes.isEmpty()) {
            return;
        }
        ObservableList<Node> children = flow.getChildren();
        Insets insets = flow.getInsets();
        int used = 0;
        for (Mark mark : marks) {
            PathElement[] elements = mark.kind == Kind.LINE ? line(mark) : outline(mark);
            if (elements.length == 0) {
                continue;
            }
            Path shape;
            if (used < shapes.size()) {
                shape = shapes.get(used);
            } else {
                shape = new Path();
                shape.setManaged(false);
                shape.setStrokeLineCap(StrokeLineCap.BUTT);
                shapes.add(shape);
                // Above the text, below the caret.
                children.add(Math.min(lastText + 1 + used, children.size()), shape);
            }
            used++;
            shape.setLayoutX(insets.getLeft());
            shape.setLayoutY(insets.getTop());
            style(shape, mark);
            shape.getElements().setAll(elements);
        }
        if (used < shapes.size()) {
            List<Path> unused = shapes.subList(used, shapes.size());
            children.removeAll(unused);
            unused.clear();
        }
    }

    private static void style(Path shape, Mark mark) {
        String styleClass = switch (mark.kind) {
            case LINE -> "annotation-line";
            case SELECTED -> "selected-annotation-outline";
            case LINKED -> "linked-annotation-outline";
        };
        if (shape.getStyleClass().size() != 1 || !shape.getStyleClass().get(0).equals(styleClass)) {
            shape.getStyleClass().setAll(styleClass);
        }
        if (mark.kind == Kind.LINE) {
            shape.setStroke(mark.line.colour());
            shape.setStrokeWidth(LINE_WIDTH);
            shape.setFill(null);
        } else {
            // Colour, width and dashes from the style sheet, in the theme's accent colour.
            shape.setFill(Color.TRANSPARENT);
        }
    }

    /** Gathers the marks from the styles of the paragraph's pieces of text; returns the index of its last piece. */
    private int collect(List<Mark> marks) {
        Mark[] open = new Mark[MAX_LINES + 2];
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
            offset = end;
        }
        for (Mark mark : open) {
            if (mark != null) {
                marks.add(mark);
            }
        }
        return lastText;
    }

    private static void extend(Mark[] open, int slot, Kind kind, SpanStyle.Line line, int start, int end, List<Mark> marks) {
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
        for (double[] box : boxes) {
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
        List<double[]> boxes = boxes(flow.rangeShape(mark.start, mark.end));
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
