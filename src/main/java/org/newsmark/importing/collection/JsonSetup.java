package org.newsmark.importing.collection;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.newsmark.importing.ImportSource;

/** The JSON parser every collection reader uses, configured once. */
final class JsonSetup {

    /**
     * Jackson refuses strings over 20 million characters by default, below the size of an article
     * Newsmark accepts; such a string would end the parse with a message naming Jackson's settings.
     * The readers enforce their own per-record limit and say so in words.
     */
    static final long MAX_STRING_CHARS = 4 * ImportSource.MAX_ARTICLE_BYTES;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength((int) MAX_STRING_CHARS).build())
            .build();

    /** Numbers stay as written: "1.50" is not "1.5". */
    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    /** For one JSON Lines line, where "{…} junk" is an error. */
    static final ObjectReader LINE = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonSetup() {
    }
}
