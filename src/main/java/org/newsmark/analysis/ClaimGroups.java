package org.newsmark.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Unchallenged claims by speaker": the claims grouped by their speakers, counting how each is coded
 * for being challenged in the text. A claim with two speakers counts for both; the unattributed
 * claims are a group of their own. Most unchallenged first.
 */
public final class ClaimGroups {

    private ClaimGroups() {
    }

    private static final class Tally {
        final String name;
        final String id;
        int claims;
        int no;
        int partly;
        int yes;
        int other;
        int notCoded;

        Tally(String name, String id) {
            this.name = name;
            this.id = id;
        }
    }

    public static List<ClaimGroupRow> bySpeaker(Iterable<ClaimRow> claims) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>();
        for (ClaimRow claim : claims) {
            keys.clear();
            if (!claim.attributed()) {
                add(tallies.computeIfAbsent("unattributed", key -> new Tally(FindingsRules.UNATTRIBUTED, "")), claim);
                continue;
            }
            for (Voice voice : claim.voices()) {
                if (keys.add(voice.speaker().key())) {
                    add(tallies.computeIfAbsent(voice.speaker().key(), key -> new Tally(voice.speaker().name(),
                            voice.speaker().id())), claim);
                }
            }
        }
        List<ClaimGroupRow> rows = new ArrayList<>();
        for (Tally tally : tallies.values()) {
            rows.add(new ClaimGroupRow(tally.name, tally.id, tally.claims, tally.no, tally.partly, tally.yes, tally.other,
                    tally.notCoded));
        }
        rows.sort(Comparator.comparingInt(ClaimGroupRow::unchallenged).reversed()
                .thenComparing(Comparator.comparingInt(ClaimGroupRow::claims).reversed())
                .thenComparing(ClaimGroupRow::speaker, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    private static void add(Tally tally, ClaimRow claim) {
        tally.claims++;
        String value = claim.challenged() == null ? null : claim.challenged().strip();
        if (value == null || value.isEmpty()) {
            tally.notCoded++;
        } else if (value.equalsIgnoreCase("no")) {
            tally.no++;
        } else if (value.equalsIgnoreCase("partly")) {
            tally.partly++;
        } else if (value.equalsIgnoreCase("yes")) {
            tally.yes++;
        } else {
            tally.other++;
        }
    }
}
