package org.newsmark.importing.webanno;

import java.util.ArrayList;
import java.util.List;

/**
 * The layers a WebAnno TSV 3 file declares in its header ({@code #T_SP=}, {@code #T_CH=},
 * {@code #T_RL=}) and the columns they take, in order, read as INCEpTION reads them: a span layer's
 * features, its slot features ({@code ROLE_…} followed by the slot's target type), a placeholder
 * column for a span layer without features; a chain layer's {@code referenceType} and
 * {@code referenceRelation}; a relation layer's features and, last, the base type of its ends
 * ({@code BT_…}).
 */
final class TsvSchema {

    enum LayerKind { SPAN, CHAIN, RELATION }

    enum ColumnKind { PRIMITIVE, PLACEHOLDER, SLOT_ROLE, SLOT_TARGET, CHAIN_TYPE, CHAIN_LINK, RELATION_REF }

    /** A layer: its full type name, the short name a person knows it by, and (for a relation) the type it joins. */
    record Layer(LayerKind kind, String type, String name, String baseType) {
    }

    record Column(int index, Layer layer, ColumnKind kind, String feature) {
    }

    final List<Layer> layers = new ArrayList<>();
    final List<Column> columns = new ArrayList<>();

    /**
     * Reads one layer declaration.
     *
     * @throws IllegalArgumentException with the reason, when the line is no layer declaration
     */
    void declare(String line) {
        LayerKind kind = line.startsWith("#T_SP=") ? LayerKind.SPAN : line.startsWith("#T_CH=") ? LayerKind.CHAIN
                : line.startsWith("#T_RL=") ? LayerKind.RELATION : null;
        if (kind == null) {
            throw new IllegalArgumentException("it is no layer declaration");
        }
        List<String> fields = new ArrayList<>();
        for (String field : line.substring(6).split("\\|")) {
            if (!field.isEmpty()) {
                fields.add(field);
            }
        }
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("the layer has no name");
        }
        String type = fields.get(0);
        String baseType = null;
        if (kind == LayerKind.RELATION) {
            String last = fields.get(fields.size() - 1);
            if (fields.size() < 2 || !last.startsWith("BT_")) {
                throw new IllegalArgumentException("the relation layer " + type + " does not end with the type it joins (BT_…)");
            }
            baseType = last.substring(3);
        }
        Layer layer = new Layer(kind, type, shortName(type), baseType);
        layers.add(layer);
        if (fields.size() == 1) {
            columns.add(new Column(columns.size(), layer, ColumnKind.PLACEHOLDER, null));
            return;
        }
        ColumnKind previous = null;
        for (int i = 1; i < fields.size(); i++) {
            String field = fields.get(i);
            ColumnKind columnKind;
            String feature = field;
            if (kind == LayerKind.SPAN && field.startsWith("ROLE_")) {
                columnKind = ColumnKind.SLOT_ROLE;
            } else if (kind == LayerKind.SPAN && previous == ColumnKind.SLOT_ROLE) {
                columnKind = ColumnKind.SLOT_TARGET;
            } else if (kind == LayerKind.RELATION && field.startsWith("BT_")) {
                columnKind = ColumnKind.RELATION_REF;
            } else if (kind == LayerKind.CHAIN && field.equals("referenceType")) {
                columnKind = ColumnKind.CHAIN_TYPE;
            } else if (kind == LayerKind.CHAIN && field.equals("referenceRelation")) {
                columnKind = ColumnKind.CHAIN_LINK;
            } else {
                columnKind = ColumnKind.PRIMITIVE;
            }
            columns.add(new Column(columns.size(), layer, columnKind, feature));
            previous = columnKind;
        }
    }

    /** "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity" is known as NamedEntity. */
    static String shortName(String type) {
        int dot = type.lastIndexOf('.');
        return dot >= 0 && dot + 1 < type.length() ? type.substring(dot + 1) : type;
    }

    Layer layer(String type) {
        return layers.stream().filter(layer -> layer.type().equals(type)).findFirst().orElse(null);
    }
}
