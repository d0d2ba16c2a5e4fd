package org.newsmark.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An independent reader of brat {@code .ann} files for tests: the text-bound spans as
 * "type offsets text" and the events as "type trigger-offsets role:offsets…" (roles without their
 * number, arguments sorted), so two files can be compared span by span whatever their ids and order.
 */
public final class BratLines {

    private BratLines() {
    }

    public record Document(List<String> spans, List<String> events) {
    }

    public static Document read(Path ann) throws IOException {
        List<String> lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
        Map<String, String[]> bounds = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : lines) {
            if (line.matches("T\\d+\t.*")) {
                String[] fields = line.split("\t", 3);
                String[] typeAndOffsets = fields[1].split(" ", 2);
                bounds.put(fields[0], new String[] {typeAndOffsets[0], typeAndOffsets[1], fields.length > 2 ? fields[2] : ""});
            } else if (line.matches("E\\d+\t.*")) {
                events.add(line.split("\t")[1].strip().split("\\s+"));
            }
        }
        List<String> spans = new ArrayList<>();
        bounds.values().forEach(bound -> spans.add(bound[0] + " " + bound[1] + " " + bound[2]));
        List<String> described = new ArrayList<>();
        for (String[] event : events) {
            String[] typeAndTrigger = event[0].split(":");
            TreeSet<String> arguments = new TreeSet<>();
            for (int i = 1; i < event.length; i++) {
                String[] roleAndId = event[i].split(":");
                String[] bound = bounds.get(roleAndId[1]);
                arguments.add(roleAndId[0].replaceAll("\\d+$", "") + ":" + (bound == null ? roleAndId[1] : bound[1]));
            }
            String[] trigger = bounds.get(typeAndTrigger[1]);
            described.add(typeAndTrigger[0] + " " + (trigger == null ? typeAndTrigger[1] : trigger[1]) + " " + arguments);
        }
        spans.sort(null);
        described.sort(null);
        return new Document(spans, described);
    }
}
