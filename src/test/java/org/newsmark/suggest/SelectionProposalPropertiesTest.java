package org.newsmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;
import org.newsmark.model.TextSpans.Range;
import org.newsmark.testing.Samples;

/** Whatever is selected in the sample articles, a proposal keeps to the selection and its parts do not overlap. */
class SelectionProposalPropertiesTest {

    private static final List<String> ARTICLES = articles();

    private final AttributionSuggester suggester = new AttributionSuggester();

    @RepeatedTest(50)
    void proposalsKeepToTheSelectionAndTheirPartsAreDisjointAndTrimmed(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        for (int i = 0; i < 40; i++) {
            String text = ARTICLES.get(random.nextInt(ARTICLES.size()));
            int start = random.nextInt(text.length() + 20) - 10;
            int end = start + random.nextInt(600) - 50;

            Optional<Attribution> proposal = suggester.propose(text, start, end);

            if (proposal.isPresent()) {
                int from = Math.max(0, Math.min(start, end));
                int to = Math.min(text.length(), Math.max(start, end));
                List<Range> parts = new ArrayList<>();
                for (Range part : new Range[] {proposal.get().content(), proposal.get().cue(), proposal.get().source()}) {
                    if (part != null) {
                        parts.add(part);
                        assertThat(part.start()).isGreaterThanOrEqualTo(from).isLessThan(part.end());
                        assertThat(part.end()).isLessThanOrEqualTo(to);
                        String partText = text.substring(part.start(), part.end());
                        assertThat(partText).isEqualTo(partText.strip());
                    }
                }
                assertThat(proposal.get().content()).isNotNull();
                for (Range a : parts) {
                    for (Range b : parts) {
                        assertThat(a == b || a.end() <= b.start() || b.end() <= a.start())
                                .as("%s and %s overlap in %s", a, b, text.substring(from, to)).isTrue();
                    }
                }
            }
        }
    }

    private static List<String> articles() {
        try (Stream<Path> files = Files.list(Samples.WIKINEWS)) {
            List<String> texts = new ArrayList<>();
            texts.add(Samples.read(Samples.BBC));
            files.filter(file -> file.toString().endsWith(".txt")).sorted().forEach(file -> texts.add(Samples.read(file)));
            return texts;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
