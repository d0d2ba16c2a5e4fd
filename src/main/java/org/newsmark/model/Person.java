package org.newsmark.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Someone (or some body) who is given a voice, shared by every article of a project: speaker
 * mentions ("Mr Musk", "the billionaire", "He") refer to a person.
 *
 * @param type        politician, expert, journalist, official, spokesperson, citizen, organisation…
 * @param role        e.g. "Director, Centre for Strategic Cyberspace and International Studies"
 * @param aliases     other names the person goes by, which help find them for a new mention
 */
public record Person(UUID id, String name, String type, String role, String affiliation, List<String> aliases,
        Instant created, Instant updated) {

    public Person {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A person needs a name");
        }
        String canonical = name.strip();
        name = canonical;
        type = type == null ? "" : type.strip();
        role = role == null ? "" : role.strip();
        affiliation = affiliation == null ? "" : affiliation.strip();
        aliases = aliases.stream().map(String::strip).filter(alias -> !alias.isEmpty() && !alias.equalsIgnoreCase(canonical))
                .distinct().toList();
        created = created.truncatedTo(ChronoUnit.MILLIS);
        updated = updated.truncatedTo(ChronoUnit.MILLIS);
    }

    public static Person named(String name, Instant at) {
        return new Person(UUID.randomUUID(), name, "", "", "", List.of(), at, at);
    }

    public Person withDetails(String newName, String newType, String newRole, String newAffiliation, Instant at) {
        return new Person(id, newName, newType, newRole, newAffiliation, aliases, created, at);
    }

    public Person withAliases(List<String> newAliases, Instant at) {
        return new Person(id, name, type, role, affiliation, newAliases, created, at);
    }

    /** The name and every alias. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }
}
