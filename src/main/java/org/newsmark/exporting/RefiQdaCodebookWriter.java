package org.newsmark.exporting;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.newsmark.model.Category;
import org.newsmark.model.Codebook;

/**
 * Writes a codebook as a REFI-QDA codebook ({@code .qdc}, namespace {@code urn:QDA-XML:codebook:1.0}),
 * the exchange format of qualitative-analysis programs such as QualCoder, NVivo, ATLAS.ti and MAXQDA,
 * so a codebook developed in Newsmark can be used there and cited in the form those tools read.
 *
 * <p>Each category becomes a {@code <Code>} with its guid (upper case, with hyphens), name, colour and
 * description (left out when empty), sub-categories nested inside it, all codable. The standard has
 * no place for the rest of a Newsmark codebook: keys, attribution roles, the attributes of categories
 * and the document fields are not written; the Newsmark codebook file keeps them. No {@code <Sets>}
 * element is written: the schema makes it optional, but a {@code <Sets>} must hold at least one
 * {@code <Set>}, so an empty one would make the file invalid.
 *
 * <p>The XML declaration says UTF-8: the {@link Writer} given must encode UTF-8, as
 * {@link ExportFiles#write} does.
 */
public final class RefiQdaCodebookWriter {

    public static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";
    private static final String INDENT = "  ";

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    public void write(Codebook codebook, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("CodeBook");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("origin", "Newsmark");
            newLine(xml, 1);
            xml.writeStartElement("Codes");
            for (Category category : codebook.topLevel()) {
                code(xml, codebook, category, 2);
            }
            newLine(xml, 1);
            xml.writeEndElement();
            newLine(xml, 0);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("Could not write the codebook as XML: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void code(XMLStreamWriter xml, Codebook codebook, Category category, int depth) throws XMLStreamException {
        List<Category> children = codebook.children(category.id());
        boolean hasDescription = !category.description().isBlank();
        newLine(xml, depth);
        if (children.isEmpty() && !hasDescription) {
            xml.writeEmptyElement("Code");
        } else {
            xml.writeStartElement("Code");
        }
        xml.writeAttribute("guid", category.guid().toString().toUpperCase(Locale.ROOT));
        xml.writeAttribute("name", xmlText(category.name()));
        xml.writeAttribute("isCodable", "true");
        xml.writeAttribute("color", category.color().toUpperCase(Locale.ROOT));
        if (children.isEmpty() && !hasDescription) {
            return;
        }
        if (hasDescription) {
            newLine(xml, depth + 1);
            xml.writeStartElement("Description");
            xml.writeCharacters(xmlText(category.description()));
            xml.writeEndElement();
        }
        for (Category child : children) {
            code(xml, codebook, child, depth + 1);
        }
        newLine(xml, depth);
        xml.writeEndElement();
    }

    private static void newLine(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth));
    }

    /**
     * The text without the control characters XML 1.0 cannot hold at all (not even escaped), which
     * would make the whole file unreadable; tabs and line breaks stay.
     */
    static String xmlText(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(RefiQdaCodebookWriter::allowedInXml).forEach(clean::appendCodePoint);
        return clean.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
