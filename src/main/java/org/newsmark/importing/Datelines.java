package org.newsmark.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Recognises a dateline such as "Friday, July 21, 2017" or "21 July 2017" and reads its date. */
public final class Datelines {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            "EEEE, MMMM d, uuuu", "MMMM d, uuuu", "EEEE d MMMM uuuu", "EEEE, d MMMM uuuu", "d MMMM uuuu", "uuuu-MM-dd")
            .stream().map(pattern -> DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH)).toList();

    private Datelines() {
    }

    /** The ISO date of a line that is nothing but a date, or empty. */
    public static Optional<String> parse(String line) {
        String candidate = line.strip();
        if (candidate.length() > 40) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(candidate, format).toString());
            } catch (DateTimeParseException notThisFormat) {
                // try the next
            }
        }
        return Optional.empty();
    }
}
