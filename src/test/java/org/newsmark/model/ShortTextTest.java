package org.newsmark.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortTextTest {

    @Test
    void textThatFitsIsKeptAndLongerTextIsCutWithAnEllipsis() {
        assertThat(ShortText.of("Mr Musk", 7)).isEqualTo("Mr Musk");
        assertThat(ShortText.of("Mr Musk said", 7)).isEqualTo("Mr Mus\u2026").hasSize(7);
    }

    @Test
    void anEmojiAtTheCutIsLeftOutWholeNotHalved() {
        assertThat(ShortText.of("ab\uD83D\uDE80cd", 4)).isEqualTo("ab\u2026");
    }
}
