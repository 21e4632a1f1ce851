package org.trialworkbench.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.trialworkbench.model.comparison.Comparison;

/**
 * Compares an export with its golden file under {@code src/test/resources/export/}. Run with
 * {@code -Dexport.golden.update=true} to rewrite the golden files instead (then review the diff).
 */
final class GoldenFiles {
    private static final Path DIR = Path.of("src/test/resources/export");

    private GoldenFiles() {
    }

    static String export(TrialExporter exporter, Comparison comparison, ExportHeader header) {
        StringWriter out = new StringWriter();
        try {
            exporter.write(comparison, header, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static void assertMatches(String actual, String name) throws IOException {
        if (Boolean.getBoolean("export.golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve(name), actual, StandardCharsets.UTF_8);
            return;
        }
        try (InputStream in = GoldenFiles.class.getResourceAsStream("/export/" + name)) {
            assertThat(in).as("golden file export/%s (run with -Dexport.golden.update=true to create it)", name).isNotNull();
            assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
