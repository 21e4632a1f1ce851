package org.trialworkbench.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void writesAndReadsBackEverySetting() throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("sub/settings.json"));
        UiSettings saved = new UiSettings(120.0, 80.0, 1400, 900, true, List.of(0.3), "/home/reviewer/records");
        store.save(saved);
        assertThat(new SettingsStore(dir.resolve("sub/settings.json")).load()).isEqualTo(saved);
    }

    @Test
    void missingFileGivesDefaults() {
        assertThat(new SettingsStore(dir.resolve("none.json")).load()).isEqualTo(UiSettings.DEFAULTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "null", "[]", "garbage \u0000\u00ff", "{\"width\":\"wide\"}",
        "{\"dividerPositions\":{\"a\":1}}"})
    void corruptFileGivesDefaults(String content) throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, content, StandardCharsets.ISO_8859_1);
        assertThat(new SettingsStore(file).load()).isEqualTo(UiSettings.DEFAULTS);
    }

    @Test
    void impossibleValuesAreReplacedOneByOne() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"x\":10,\"y\":20,\"width\":5,\"height\":-3,\"dividerPositions\":[1.7],"
                + "\"lastFolder\":\"/data\",\"unknownFutureSetting\":true}");
        UiSettings read = new SettingsStore(file).load();
        assertThat(read.width()).isEqualTo(UiSettings.DEFAULTS.width());
        assertThat(read.height()).isEqualTo(UiSettings.DEFAULTS.height());
        assertThat(read.dividerPositions()).isEqualTo(UiSettings.DEFAULTS.dividerPositions());
        assertThat(read.x()).isEqualTo(10.0);
        assertThat(read.lastFolder()).isEqualTo("/data");
    }

    @Test
    void saveReplacesTheFileAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("settings.json");
        SettingsStore store = new SettingsStore(file);
        store.save(UiSettings.DEFAULTS);
        UiSettings second = new UiSettings(1.0, 2.0, 1000, 700, false, List.of(0.5), null);
        store.save(second);
        assertThat(store.load()).isEqualTo(second);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
