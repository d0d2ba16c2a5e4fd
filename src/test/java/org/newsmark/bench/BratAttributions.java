package org.newsmark.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.model.TextSpans.Range;

/**
 * The attributions of one brat standoff file as PolNeAR writes them: {@code T} lines labelled
 * {@code Source}, {@code Cue} and {@code Content} (a span may have several parts, "10 20;30 40"), and
 * {@code E} lines tying them ({@code E1 Attribution:T4 Content:T3 Cue:T2 Source:T1}, with
 * {@code Content2} for a second content). Offsets in the file count code points; they are turned
 * into UTF-16 offsets of the text here. Lines of other kinds, and the continuation lines a span's
 * text leaves when it holds a line break, are skipped.
 */
public final class BratAttributions {

    /** One gold attribution; content has at least one part, cue and source may be empty. */
    public record Gold(List<Range> content, List<Range> cue, List<Range> source) {
    }

    private BratAttributions() {
    }

    public static List<Gold> read(Path ann, String text) throws IOException {
        Map<String, List<Range>> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            lineNumber++;
            String[] fields = line.split("\t");
            if (fields.length < 2) {
                continue;
            }
            if (fields[0].startsWith("T")) {
                spans.put(fields[0], parts(fields[1], text, ann, lineNumber));
            } else if (fields[0].startsWith("E")) {
                events.add(fields[1].strip().split(" "));
            }
        }
        List<Gold> gold = new ArrayList<>();
        for (String[] event : events) {
            List<Range> content = new ArrayList<>();
            List<Range> cue = new ArrayList<>();
            List<Range> source = new ArrayList<>();
            for (String argument : event) {
                int colon = argument.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String role = argument.substring(0, colon);
                List<Range> parts = spans.getOrDefault(argument.substring(colon + 1), List.of());
                if (role.startsWith("Content")) {
                    content.addAll(parts);
                } else if (role.equals("Cue")) {
                    cue.addAll(parts);
                } else if (role.equals("Source")) {
                    source.addAll(parts);
                }
            }
            if (!content.isEmpty()) {
                content.sort((a, b) -> Integer.compare(a.start(), b.start()));
                gold.add(new Gold(List.copyOf(content), List.copyOf(cue), List.copyOf(source)));
            }
        }
        return gold;
    }

    /** "Content 115 290" or "Content 10 20;30 40": the parts as UTF-16 ranges of the text. */
    private static List<Range> parts(String typeAndOffsets, String text, Path ann, int line) {
        int space = typeAndOffsets.indexOf(' ');
        List<Range> parts = new ArrayList<>();
        if (space < 0) {
            return parts;
        }
        int codePoints = text.codePointCount(0, text.length());
        for (String part : typeAndOffsets.substring(space + 1).split(";")) {
            String[] offsets = part.strip().split(" ");
            try {
                int start = Integer.parseInt(offsets[0]);
                int end = Integer.parseInt(offsets[1]);
                if (start < 0 || end > codePoints || start >= end) {
                    throw new IllegalArgumentException(ann.getFileName() + " line " + line + ": the span " + part
                            + " lies outside the text of " + codePoints + " code points");
                }
                parts.add(new Range(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException(ann.getFileName() + " line " + line + ": cannot read the offsets "
                        + part, e);
            }
        }
        return parts;
    }
}
