package org.newsmark.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.newsmark.model.ArticleDraft;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.ProjectStore.NewArticle;

/**
 * News-like articles of about 4 KB, generated the same way every time: words drawn with a Zipf-like
 * skew from a large vocabulary (so a few words occur in nearly every article and most in few), a
 * handful of outlets, dates over two years, and every article different.
 */
final class SyntheticCorpus {

    static final String[] OUTLETS = {"BBC", "Reuters", "AP", "The Guardian", "Al Jazeera", "Wikinews", "CNN", "NPR"};
    private static final String[] COMMON = ("the of and to in a that said is for on was with he it as at by "
            + "government minister election president people year new police report court told").split(" ");
    private static final int VOCABULARY = 40_000;

    private final Random random;
    private final String[] vocabulary;

    SyntheticCorpus(long seed) {
        random = new Random(seed);
        vocabulary = new String[VOCABULARY];
        Random words = new Random(1);
        for (int i = 0; i < VOCABULARY; i++) {
            vocabulary[i] = i < COMMON.length ? COMMON[i] : word(words);
        }
    }

    private static String word(Random random) {
        String letters = "abcdefghijklmnopqrstuvwxyzaeiouaeiou";
        int length = 3 + random.nextInt(8);
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }

    /** Stores {@code size} articles of about 4 KB straight into {@code store}, in batches of 2,000. */
    static void fill(ProjectStore store, int size) {
        SyntheticCorpus generator = new SyntheticCorpus(42);
        List<NewArticle> batch = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            batch.add(new NewArticle(generator.next(i, 4000)));
            if (batch.size() == 2_000 || i == size - 1) {
                store.importArticles(List.of(), batch);
                batch.clear();
            }
        }
    }

    /** A word of the far end of the vocabulary: in about one article of a thousand. */
    String rareWord() {
        return vocabulary[VOCABULARY - 100];
    }

    /** The next article: about {@code targetChars} characters of text. */
    ArticleDraft next(int index, int targetChars) {
        String title = sentence(8).replace(".", "");
        StringBuilder text = new StringBuilder(targetChars + 200).append(title).append("\n\n");
        while (text.length() < targetChars) {
            for (int s = 0; s < 3 + random.nextInt(3); s++) {
                text.append(sentence(10 + random.nextInt(18))).append(' ');
            }
            text.setLength(text.length() - 1);
            text.append("\n\n");
        }
        text.append("Article ").append(index).append('.');
        String published = String.format("20%02d-%02d-%02d", 24 + random.nextInt(2), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return new ArticleDraft(title, null, OUTLETS[random.nextInt(OUTLETS.length)], null, published,
                "https://news.example/" + index, text.toString());
    }

    private String sentence(int words) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < words; w++) {
            // skewed toward the front of the vocabulary: rank ~ exp(uniform * ln(V))
            int rank = (int) Math.floor(Math.exp(random.nextDouble() * Math.log(VOCABULARY))) - 1;
            String word = vocabulary[Math.min(rank, VOCABULARY - 1)];
            sentence.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(' ');
        }
        sentence.setLength(sentence.length() - 1);
        return sentence.append('.').toString();
    }
}
