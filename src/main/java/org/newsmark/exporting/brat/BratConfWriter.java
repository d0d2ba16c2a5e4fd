package org.newsmark.exporting.brat;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.newsmark.formats.BratNames;
import org.newsmark.model.Category;
import org.newsmark.model.Codebook;

/**
 * The {@code annotation.conf} and {@code visual.conf} of an exported brat collection: the codebook's
 * categories as entity types (sub-categories indented under their parent, as brat nests types), the
 * attribution events, the "About" relation and the attributes the export used, and each category's
 * name and colour for display. Overlapping spans are allowed, since Newsmark's spans overlap and nest.
 */
final class BratConfWriter {

    private final Codebook codebook;
    private final Set<String> eventTypes = new java.util.TreeSet<>();
    private final Set<String> relationTypes = new LinkedHashSet<>();
    private final Map<String, Set<String>> attributeValues = new LinkedHashMap<>();
    private final Set<String> flags = new LinkedHashSet<>();

    BratConfWriter(Codebook codebook) {
        this.codebook = codebook;
    }

    void record(BratAnnWriter.Usage usage) {
        eventTypes.addAll(usage.eventTypes());
        relationTypes.addAll(usage.relationTypes());
        usage.attributeValues().forEach((name, values) -> attributeValues.computeIfAbsent(name, key -> new LinkedHashSet<>())
                .addAll(values));
        flags.addAll(usage.flags());
    }

    String annotationConf() {
        StringBuilder conf = new StringBuilder("# The types of a brat collection exported by Newsmark: its codebook's "
                + "categories, attribution events, links and attributes.\n\n[entities]\n\n");
        for (Category category : codebook.topLevel()) {
            entity(conf, category, 0);
        }
        conf.append("\n[relations]\n\n");
        for (String relation : relationTypes) {
            conf.append(relation).append("\tArg1:<ENTITY>, Arg2:<ENTITY>\n");
        }
        conf.append("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n");
        conf.append("\n[events]\n\n");
        for (String event : eventTypes) {
            conf.append(event).append("\tContent+:<ENTITY>, Cue*:<ENTITY>")
                    .append(event.equals(BratAnnWriter.NO_SOURCE) ? "" : ", Source*:<ENTITY>").append('\n');
        }
        conf.append("\n[attributes]\n\n");
        Set<String> names = new LinkedHashSet<>(flags);
        names.addAll(attributeValues.keySet());
        for (String name : names) {
            // brat's configuration lists values between "|" and ","; a value holding either is left out of the
            // list (brat then marks it as undeclared) but kept in the .ann files.
            Set<String> values = new LinkedHashSet<>(attributeValues.getOrDefault(name, Set.of()));
            values.removeIf(value -> value.contains("|") || value.contains(","));
            conf.append(name).append("\tArg:<ENTITY>");
            if (!values.isEmpty()) {
                if (flags.contains(name)) {
                    values.add("yes");
                }
                conf.append(", Value:").append(String.join("|", values));
            }
            conf.append('\n');
        }
        return conf.toString();
    }

    private void entity(StringBuilder conf, Category category, int depth) {
        String type = BratNames.toBrat(category.name());
        if (!eventTypes.contains(type)) {
            conf.append("\t".repeat(depth)).append(type).append('\n');
        }
        for (Category child : codebook.children(category.id())) {
            entity(conf, child, depth + 1);
        }
    }

    String visualConf() {
        StringBuilder labels = new StringBuilder("# How brat shows the categories of a collection exported by Newsmark.\n\n[labels]\n\n");
        StringBuilder drawing = new StringBuilder("\n[drawing]\n\nSPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken\n"
                + "ARC_DEFAULT\tcolor:black, dashArray:-, arrowHead:triangle-5\n");
        for (Category category : codebook.categories()) {
            String type = BratNames.toBrat(category.name());
            labels.append(type).append(" | ").append(category.name().replace('|', '/')).append('\n');
            drawing.append(type).append("\tbgColor:").append(category.color()).append('\n');
        }
        return labels.append(drawing).toString();
    }
}
