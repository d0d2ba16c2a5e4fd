package org.newsmark.ui.look;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LookViewModelTest {

    private final AtomicInteger saves = new AtomicInteger();
    private final LookSettings memory = LookSettings.inMemory();
    private final LookSettings settings = new LookSettings() {
        @Override
        public double number(String key, double fallback) {
            return memory.number(key, fallback);
        }

        @Override
        public void setNumber(String key, double value) {
            memory.setNumber(key, value);
        }

        @Override
        public String text(String key, String fallback) {
            return memory.text(key, fallback);
        }

        @Override
        public void setText(String key, String value) {
            memory.setText(key, value);
        }

        @Override
        public void saveSoon() {
            saves.incrementAndGet();
        }
    };

    @Test
    void theSystemThemeIsFollowedUntilLightOrDarkIsChosenAndTheChoiceIsRemembered() {
        LookViewModel look = new LookViewModel(settings, true);
        assertThat(look.themeProperty().get()).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(look.isDark()).isTrue();

        look.themeProperty().set(ThemeChoice.LIGHT);
        assertThat(look.isDark()).isFalse();
        assertThat(saves).hasValue(1);

        LookViewModel nextRun = new LookViewModel(settings, true);
        assertThat(nextRun.themeProperty().get()).isEqualTo(ThemeChoice.LIGHT);
        assertThat(nextRun.isDark()).isFalse();
        assertThat(new LookViewModel(settings, false).isDark()).isFalse();
    }

    @Test
    void zoomStepsUpAndDownWithinItsLimitsAndIsRemembered() {
        LookViewModel look = new LookViewModel(settings, false);
        look.zoomIn();
        look.zoomIn();
        assertThat(look.zoomProperty().get()).isEqualTo(1.25);
        for (int i = 0; i < 30; i++) {
            look.zoomIn();
        }
        assertThat(look.zoomProperty().get()).isEqualTo(2.4);
        for (int i = 0; i < 30; i++) {
            look.zoomOut();
        }
        assertThat(look.zoomProperty().get()).isEqualTo(0.6);
        look.zoomIn();
        assertThat(new LookViewModel(settings, false).zoomProperty().get()).isEqualTo(0.7);
        look.resetZoom();
        assertThat(new LookViewModel(settings, false).zoomProperty().get()).isEqualTo(1.0);
    }

    @Test
    void anUnreadableSavedValueMeansTheDefault() {
        settings.setText("look.theme", "purple");
        settings.setText("look.article.zoom", "huge");
        LookViewModel look = new LookViewModel(settings, false);
        assertThat(look.themeProperty().get()).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(look.zoomProperty().get()).isEqualTo(1.0);
    }
}
