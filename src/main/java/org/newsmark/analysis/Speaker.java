package org.newsmark.analysis;

import java.util.UUID;

/**
 * Who a quote is attributed to: a person of the speaker registry, or (for a mention linked to no
 * person) an unregistered speaker named by the mention's text.
 *
 * @param key      what tells speakers apart: {@code person:<id>} or {@code text:<mention text>}
 * @param personId the person, or null for an unregistered speaker
 * @param name     the person's name, or the mention's text
 * @param id       the person's id as text, or "" for an unregistered speaker
 */
public record Speaker(String key, UUID personId, String name, String id) {

    public static Speaker person(UUID personId, String name) {
        String id = personId.toString();
        return new Speaker("person:" + id, personId, name, id);
    }

    public static Speaker unregistered(String mentionText) {
        return new Speaker("text:" + mentionText, null, mentionText, "");
    }

    public boolean registered() {
        return personId != null;
    }
}
