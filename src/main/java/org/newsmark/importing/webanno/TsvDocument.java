package org.newsmark.importing.webanno;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsmark.formats.TsvEscaping;
import org.newsmark.importing.ImportException;

/**
 * A WebAnno TSV 3.1–3.3 file read as INCEpTION reads it (the specification in its user guide, and
 * its reader): the header's layers, then sentence by sentence the {@code #Text=} lines and a row per
 * token and sub-token with the values of every layer's columns. The text is rebuilt so that every
 * token sits at the offsets the file gives (UTF-16 code units, as in Java): a sentence starts at its
 * first token's offset, a gap before it is filled with spaces, and each {@code #Text=} line ends with
 * a line break, which the next sentence takes back when it starts right there.
 *
 * <p>A file that is no TSV 3, whose header is broken, whose rows do not fit the header or come out of
 * order is refused whole, with the line; a value that cannot be read is noted with its line and left out.
 */
final class TsvDocument {

    /** A token ({@code 1-3}) or sub-token ({@code 1-3.1}) row. */
    record Unit(String id, int begin, int end, int line) {
    }

    /** A span annotation: where it lies, its feature values by feature name, and for a chain element its chain. */
    static final class Span {
        final TsvSchema.Layer layer;
        int begin;
        int end;
        final int line;
        final Map<String, String> features = new LinkedHashMap<>();
        boolean slots;
        Integer chain;
        String chainType;
        String chainRelation;

        Span(TsvSchema.Layer layer, int begin, int end, int line) {
            this.layer = layer;
            this.begin = begin;
            this.end = end;
            this.line = line;
        }
    }

    /** A relation: on the row of its target, pointing back to the unit of its source. */
    static final class Relation {
        final TsvSchema.Layer layer;
        final Unit target;
        final int stack;
        final Map<String, String> features = new LinkedHashMap<>();
        String sourceUnit;
        int sourceId;
        int targetId;

        Relation(TsvSchema.Layer layer, Unit target, int stack) {
            this.layer = layer;
            this.target = target;
            this.stack = stack;
        }
    }

    /** Something in the file that could not be read: the line and why. */
    record Problem(int line, String reason) {
    }

    private static final Pattern FORMAT = Pattern.compile("#FORMAT=WebAnno TSV 3\\.(\\d+)\\s*");
    private static final Pattern UNIT_ID = Pattern.compile("(\\d+)-(\\d+)(?:\\.(\\d+))?");
    private static final Pattern OFFSETS = Pattern.compile("(\\d+)-(\\d+)");
    private static final Pattern STACK = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern CHAIN_SUFFIX = Pattern.compile("^(.*)(?<!\\\\)->(\\d+)-(\\d+)$");
    private static final Pattern REFERENCE = Pattern.compile("(\\d+-\\d+(?:\\.\\d+)?)(?:\\[(\\d+)_(\\d+)\\])?");

    final TsvSchema schema = new TsvSchema();
    int minorVersion;
    String text;
    final List<Span> spans = new ArrayList<>();
    final List<Relation> relations = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    /** Annotations on each unit, by unit id and layer type, in stacking order. */
    final Map<String, List<Span>> onUnit = new HashMap<>();
    final Map<Integer, Span> byId = new HashMap<>();
    private final Map<String, Span> chainElements = new HashMap<>();
    private final Map<String, Relation> relationsOnUnit = new HashMap<>();
    private final Map<String, Unit> units = new HashMap<>();

    private TsvDocument() {
    }

    Unit unit(String id) {
        return units.get(id);
    }

    static TsvDocument parse(String content) throws ImportException {
        TsvDocument document = new TsvDocument();
        document.read(content.split("\r?\n", -1));
        return document;
    }

    private enum State { BETWEEN, HEADER, TOKEN }

    private void read(String[] lines) throws ImportException {
        Matcher format = FORMAT.matcher(lines.length == 0 ? "" : lines[0]);
        if (!format.matches()) {
            String first = lines.length == 0 ? "" : lines[0];
            throw new ImportException(first.startsWith("#FORMAT=WebAnno TSV")
                    ? "it is " + first.substring(8).strip() + "; Newsmark reads WebAnno TSV 3.1 to 3.3 (export as TSV 3 from INCEpTION or WebAnno)"
                    : "line 1: it does not start with #FORMAT=WebAnno TSV 3.x, so it is no WebAnno TSV 3 file");
        }
        minorVersion = Integer.parseInt(format.group(1));
        int index = 1;
        for (; index < lines.length && lines[index].startsWith("#T_"); index++) {
            try {
                schema.declare(lines[index]);
            } catch (IllegalArgumentException e) {
                throw new ImportException("line " + (index + 1) + ": the header is broken: " + e.getMessage());
            }
        }
        StringBuilder rebuilt = new StringBuilder();
        StringBuilder sentenceText = new StringBuilder();
        State state = State.BETWEEN;
        int sentences = 0;
        int lastToken = 0;
        Unit token = null;
        int lastSubToken = 0;
        for (; index < lines.length; index++) {
            String line = lines[index];
            int number = index + 1;
            if (line.isEmpty()) {
                state = State.BETWEEN;
                continue;
            }
            if (line.startsWith("#") && state != State.TOKEN) {
                if (line.startsWith("#Text=")) {
                    if (state == State.BETWEEN) {
                        sentenceText.setLength(0);
                    }
                    sentenceText.append(TsvEscaping.unescapeText(line.substring(6), minorVersion)).append('\n');
                }
                // #Sentence.id= and unknown header lines (#Summary1=, #T_… after the header) say nothing Newsmark keeps.
                state = State.HEADER;
                continue;
            }
            if (state == State.BETWEEN) {
                throw new ImportException("line " + number + ": a token row must follow a sentence's #Text= line");
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < schema.columns.size() + 3) {
                throw new ImportException("line " + number + ": the row has " + fields.length + " fields, but the header's "
                        + "layers need " + (schema.columns.size() + 3) + " (id, offsets, token and one per column)");
            }
            Matcher id = UNIT_ID.matcher(fields[0]);
            Matcher offsets = OFFSETS.matcher(fields[1]);
            if (!id.matches() || !offsets.matches()) {
                throw new ImportException("line " + number + ": \u201C" + fields[0] + "\u21E5" + fields[1]
                        + "\u201D is no token id and offsets such as \u201C1-3\u21E59-14\u201D");
            }
            int begin;
            int end;
            try {
                begin = Integer.parseInt(offsets.group(1));
                end = Integer.parseInt(offsets.group(2));
            } catch (NumberFormatException e) {
                throw new ImportException("line " + number + ": the offsets " + fields[1] + " are too large");
            }
            if (end < begin) {
                throw new ImportException("line " + number + ": the token's offsets " + fields[1] + " end before they begin");
            }
            int sentence = Integer.parseInt(id.group(1));
            int position = Integer.parseInt(id.group(2));
            boolean subToken = id.group(3) != null;
            if (state == State.HEADER) {
                sentences++;
                lastToken = 0;
                token = null;
                if (subToken || sentence != sentences || position != 1) {
                    throw new ImportException("line " + number + ": sentence " + sentences + " must start with token "
                            + sentences + "-1, not " + fields[0]);
                }
                if (rebuilt.length() > begin) {
                    if (rebuilt.length() != begin + 1 || rebuilt.charAt(begin) != '\n') {
                        throw new ImportException("line " + number + ": sentence " + sentences + " starts at " + begin
                                + ", inside the sentence before, which ends at " + (rebuilt.length() - 1));
                    }
                    rebuilt.setLength(begin);
                }
                while (rebuilt.length() < begin) {
                    rebuilt.append(' ');
                }
                rebuilt.append(sentenceText);
                sentenceText.setLength(0);
                state = State.TOKEN;
            }
            if (sentence != sentences) {
                throw new ImportException("line " + number + ": token " + fields[0] + " is out of order: the rows of sentence "
                        + sentences + " are being read");
            }
            if (!subToken) {
                if (position != lastToken + 1 || (token != null && begin < token.end())) {
                    throw new ImportException("line " + number + ": token " + fields[0] + " at " + fields[1]
                            + " is out of order after " + (token == null ? "the sentence's start" : token.id() + " at "
                            + token.begin() + "-" + token.end()));
                }
                lastToken = position;
                lastSubToken = 0;
            } else {
                int subPosition = Integer.parseInt(id.group(3));
                if (token == null || position != lastToken || subPosition != lastSubToken + 1 || begin < token.begin()
                        || end > token.end()) {
                    throw new ImportException("line " + number + ": sub-token " + fields[0] + " at " + fields[1]
                            + " does not follow and lie inside its token" + (token == null ? "" : " " + token.id()));
                }
                lastSubToken = subPosition;
            }
            if (end > rebuilt.length()) {
                throw new ImportException("line " + number + ": token " + fields[0] + " at " + fields[1]
                        + " lies beyond its sentence's text, which ends at " + (rebuilt.length() - 1));
            }
            Unit unit = new Unit(fields[0], begin, end, number);
            units.put(unit.id(), unit);
            if (!subToken) {
                token = unit;
            }
            columns(unit, fields);
        }
        if (sentences == 0) {
            throw new ImportException("it has no sentences (no #Text= line followed by token rows)");
        }
        if (rebuilt.length() > 0 && rebuilt.charAt(rebuilt.length() - 1) == '\n') {
            rebuilt.setLength(rebuilt.length() - 1); // the line break the last #Text= line was given
        }
        text = rebuilt.toString();
    }

    private void columns(Unit unit, String[] fields) {
        Map<String, String[]> chainTypes = new LinkedHashMap<>();
        for (TsvSchema.Column column : schema.columns) {
            String raw = fields[3 + column.index()];
            if (raw.equals("_") || raw.isEmpty()) {
                continue;
            }
            String[] stacked = STACK.split(raw, -1);
            for (int stack = 0; stack < stacked.length; stack++) {
                String value = stacked[stack];
                switch (column.kind()) {
                    case CHAIN_TYPE -> chainTypes.put(column.layer().type() + "\t" + stack, new String[] {value});
                    case CHAIN_LINK -> chainLink(unit, column, stack, value);
                    case RELATION_REF, PRIMITIVE -> {
                        if (column.layer().kind() == TsvSchema.LayerKind.RELATION) {
                            relationValue(unit, column, stack, value);
                        } else {
                            spanValue(unit, column, stack, value);
                        }
                    }
                    default -> spanValue(unit, column, stack, value);
                }
            }
        }
        chainTypes.forEach((key, value) -> {
            String[] layerAndStack = key.split("\t");
            List<Span> list = onUnit.get(unit.id() + "\t" + layerAndStack[0]);
            int stack = Integer.parseInt(layerAndStack[1]);
            if (list == null || stack >= list.size()) {
                problems.add(new Problem(unit.line(), "a chain's type " + value[0] + " has no chain link beside it"));
                return;
            }
            String type = value[0].replaceFirst("(?<!\\\\)\\[\\d+\\]$", "");
            if (!type.equals("*")) {
                list.get(stack).chainType = TsvEscaping.unescapeValue(type);
            }
        });
    }

    private void spanValue(Unit unit, TsvSchema.Column column, int stack, String raw) {
        String value = raw;
        Integer id = null;
        if (column.kind() != TsvSchema.ColumnKind.SLOT_TARGET && value.endsWith("]") && !value.endsWith("\\]")) {
            int open = value.lastIndexOf('[');
            try {
                id = open < 0 ? null : Integer.valueOf(value.substring(open + 1, value.length() - 1));
                value = open < 0 ? value : value.substring(0, open);
            } catch (NumberFormatException e) {
                problems.add(new Problem(unit.line(), "\u201C" + raw + "\u201D ends in brackets that hold no number"));
                return;
            }
        }
        Span span = spanAt(unit, column.layer(), stack, id);
        switch (column.kind()) {
            case PRIMITIVE -> {
                if (!value.equals("*")) {
                    span.features.put(column.feature(), TsvEscaping.unescapeValue(value));
                }
            }
            case SLOT_ROLE, SLOT_TARGET -> span.slots = true;
            default -> {
            }
        }
    }

    private Span spanAt(Unit unit, TsvSchema.Layer layer, int stack, Integer id) {
        List<Span> list = onUnit.computeIfAbsent(unit.id() + "\t" + layer.type(), key -> new ArrayList<>());
        Span span = stack < list.size() ? list.get(stack) : null;
        if (span == null && id != null) {
            span = byId.get(id);
            if (span != null) {
                span.begin = Math.min(span.begin, unit.begin());
                span.end = Math.max(span.end, unit.end());
                list.add(span);
            }
        }
        if (span == null) {
            span = new Span(layer, unit.begin(), unit.end(), unit.line());
            spans.add(span);
            list.add(span);
        }
        if (id != null) {
            byId.putIfAbsent(id, span);
        }
        return span;
    }

    private void chainLink(Unit unit, TsvSchema.Column column, int stack, String value) {
        Matcher matcher = CHAIN_SUFFIX.matcher(value);
        if (!matcher.matches()) {
            problems.add(new Problem(unit.line(), "the chain link \u201C" + value + "\u201D names no chain and link (such as coref->1-2)"));
            return;
        }
        int chain = Integer.parseInt(matcher.group(2));
        String key = column.layer().type() + "\t" + chain + "\t" + matcher.group(3);
        Span element = chainElements.get(key);
        List<Span> list = onUnit.computeIfAbsent(unit.id() + "\t" + column.layer().type(), k -> new ArrayList<>());
        if (element == null) {
            element = new Span(column.layer(), unit.begin(), unit.end(), unit.line());
            element.chain = chain;
            chainElements.put(key, element);
            spans.add(element);
        } else {
            element.begin = Math.min(element.begin, unit.begin());
            element.end = Math.max(element.end, unit.end());
        }
        list.add(element);
        String label = matcher.group(1);
        if (!label.equals("*") && !label.isEmpty()) {
            element.chainRelation = TsvEscaping.unescapeValue(label);
        }
    }

    private void relationValue(Unit unit, TsvSchema.Column column, int stack, String value) {
        Relation relation = relationsOnUnit.computeIfAbsent(unit.id() + "\t" + column.layer().type() + "\t" + stack, key -> {
            Relation created = new Relation(column.layer(), unit, stack);
            relations.add(created);
            return created;
        });
        if (column.kind() == TsvSchema.ColumnKind.RELATION_REF) {
            Matcher reference = REFERENCE.matcher(value);
            if (!reference.matches()) {
                problems.add(new Problem(unit.line(), "the relation's source \u201C" + value + "\u201D is no token id such as 1-3 or 1-3[2_0]"));
                return;
            }
            relation.sourceUnit = reference.group(1);
            relation.sourceId = reference.group(2) == null ? 0 : Integer.parseInt(reference.group(2));
            relation.targetId = reference.group(3) == null ? 0 : Integer.parseInt(reference.group(3));
        } else if (!value.equals("*")) {
            relation.features.put(column.feature(), TsvEscaping.unescapeValue(value));
        }
    }

    /** The annotation of {@code layerType} on a unit: by its disambiguation id, or the first one there. */
    Span resolve(String unitId, String layerType, int id) {
        if (id > 0) {
            Span span = byId.get(id);
            return span != null && span.layer.type().equals(layerType) ? span : null;
        }
        List<Span> list = onUnit.get(unitId + "\t" + layerType);
        return list == null || list.isEmpty() ? null : list.get(0);
    }
}
