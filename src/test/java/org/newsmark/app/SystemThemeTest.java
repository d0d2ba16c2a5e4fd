package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SystemThemeTest {

    private final List<String> asked = new ArrayList<>();

    private java.util.function.Function<List<String>, Optional<String>> answers(Map<String, String> byKey) {
        return command -> {
            asked.add(String.join(" ", command));
            return Optional.ofNullable(byKey.get(command.get(command.size() - 1)));
        };
    }

    @Test
    void gnomesColourSchemeDecidesOnLinux() {
        assertThat(SystemTheme.prefersDark("Linux", Map.of(), answers(Map.of("color-scheme", "'prefer-dark'\n")))).isTrue();
        assertThat(SystemTheme.prefersDark("Linux", Map.of(), answers(Map.of("color-scheme", "'prefer-light'\n",
                "gtk-theme", "'Adwaita-dark'")))).isFalse();
    }

    @Test
    void withoutAColourSchemeTheGtkThemesNameDecides() {
        assertThat(SystemTheme.prefersDark("Linux", Map.of(), answers(Map.of("color-scheme", "'default'",
                "gtk-theme", "'Adwaita-dark'\n")))).isTrue();
        assertThat(SystemTheme.prefersDark("Linux", Map.of(), answers(Map.of("gtk-theme", "'Yaru'")))).isFalse();
    }

    @Test
    void gtkThemeInTheEnvironmentIsEnoughAndNothingIsRun() {
        assertThat(SystemTheme.prefersDark("Linux", Map.of("GTK_THEME", "Adwaita:dark"), answers(Map.of()))).isTrue();
        assertThat(asked).isEmpty();
    }

    @Test
    void aSystemThatCannotTellIsLight() {
        assertThat(SystemTheme.prefersDark("Linux", Map.of(), answers(Map.of()))).isFalse();
        assertThat(SystemTheme.prefersDark("Mac OS X", Map.of(), answers(Map.of()))).isFalse();
        assertThat(SystemTheme.prefersDark("Windows 11", Map.of(), answers(Map.of()))).isFalse();
    }

    @Test
    void macOsAndWindowsAreAskedTheirOwnWay() {
        assertThat(SystemTheme.prefersDark("Mac OS X", Map.of(), answers(Map.of("AppleInterfaceStyle", "Dark\n")))).isTrue();
        assertThat(SystemTheme.prefersDark("Windows 11", Map.of(), answers(Map.of("AppsUseLightTheme",
                "    AppsUseLightTheme    REG_DWORD    0x0\n")))).isTrue();
        assertThat(SystemTheme.prefersDark("Windows 11", Map.of(), answers(Map.of("AppsUseLightTheme",
                "    AppsUseLightTheme    REG_DWORD    0x1\n")))).isFalse();
    }
}
