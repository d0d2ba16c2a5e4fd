package org.newsmark.importing.brat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a brat collection's {@code annotation.conf} and {@code visual.conf} say that Newsmark can use
 * for the categories and attributes it adds: the hierarchy of entity and event types (by tab
 * indentation), which attributes are flags (no {@code Value:}), and the colours of types
 * ({@code bgColor:#RRGGBB}). brat looks for them in the document's folder and then its parents; so
 * does Newsmark. Missing or unreadable configuration is no error: brat files are read without it.
 */
final class BratConfig {

    static final BratConfig NONE = new BratConfig();

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final int MAX_LEVELS_UP = 5;

    /** Entity or event type → the type it refines. */
    final Map<String, String> parents = new HashMap<>();
    final Set<String> eventTypes = new HashSet<>();
    /** Attribute types with no {@code Value:}: present or absent. */
    final Set<String> flags = new HashSet<>();
    /** Type → {@code #RRGGBB} background. */
    final Map<String, String> colours = new HashMap<>();

    /** The configuration that applies to a document in {@code folder}, read through {@code cache}. */
    static BratConfig near(Path folder, Map<Path, BratConfig> cache) {
        Path current = folder == null ? null : folder.toAbsolutePath().normalize();
        for (int level = 0; current != null && level <= MAX_LEVELS_UP; level++, current = current.getParent()) {
            BratConfig cached = cache.get(current);
            if (cached != null) {
                return cached;
            }
            Path annotationConf = current.resolve("annotation.conf");
            if (Files.isRegularFile(annotationConf)) {
                BratConfig config = read(annotationConf, current.resolve("visual.conf"));
                cache.put(current, config);
                return config;
            }
        }
        return NONE;
    }

    private static BratConfig read(Path annotationConf, Path visualConf) {
        BratConfig config = new BratConfig();
        try {
            config.readAnnotationConf(Files.readString(annotationConf, StandardCharsets.UTF_8));
            if (Files.isRegularFile(visualConf)) {
                config.readVisualConf(Files.readString(visualConf, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // The annotations are still read; only the hierarchy and colours they could have had are lost.
            System.getLogger(BratConfig.class.getName()).log(System.Logger.Level.WARNING,
                    "Could not read the brat configuration " + annotationConf + ": " + e.getMessage());
        }
        return config;
    }

    void readAnnotationConf(String text) {
        String section = "";
        Deque<String[]> stack = new ArrayDeque<>();
        for (String raw : text.split("\r?\n|\r")) {
            String line = raw.replaceAll("\\s+$", "");
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                section = trimmed.substring(1, trimmed.length() - 1).strip().toLowerCase(java.util.Locale.ROOT);
                stack.clear();
                continue;
            }
            if (trimmed.startsWith("<")) {
                continue;
            }
            String name = trimmed.split("\\s+", 2)[0].replaceFirst("^!", "");
            switch (section) {
                case "entities", "events" -> {
                    int depth = 0;
                    while (depth < line.length() && line.charAt(depth) == '\t') {
                        depth++;
                    }
                    while (!stack.isEmpty() && Integer.parseInt(stack.peek()[1]) >= depth) {
                        stack.pop();
                    }
                    if (!stack.isEmpty()) {
                        parents.put(name, stack.peek()[0]);
                    }
                    stack.push(new String[] {name, Integer.toString(depth)});
                    if (section.equals("events")) {
                        eventTypes.add(name);
                    }
                }
                case "attributes" -> {
                    if (!trimmed.contains("Value:")) {
                        flags.add(name);
                    }
                }
                default -> {
                }
            }
        }
    }

    void readVisualConf(String text) {
        String section = "";
        for (String raw : text.split("\r?\n|\r")) {
            String trimmed = raw.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                section = trimmed.substring(1, trimmed.length() - 1).strip().toLowerCase(java.util.Locale.ROOT);
                continue;
            }
            if (!section.equals("drawing")) {
                continue;
            }
            String[] typeAndStyle = trimmed.split("\\s+", 2);
            if (typeAndStyle.length < 2) {
                continue;
            }
            for (String setting : typeAndStyle[1].split(",")) {
                String[] keyValue = setting.strip().split(":", 2);
                if (keyValue.length == 2 && keyValue[0].strip().equals("bgColor")
                        && COLOUR.matcher(keyValue[1].strip()).matches()) {
                    colours.put(typeAndStyle[0], keyValue[1].strip().toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
    }
}
