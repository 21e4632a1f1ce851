package org.trialworkbench.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownExporterTest {
    private final MarkdownExporter exporter = new MarkdownExporter();

    @Test
    void matchesGoldenFile() throws IOException {
        GoldenFiles.assertMatches(GoldenFiles.export(exporter, ExportFixtures.golden(), ExportFixtures.HEADER), "comparison.md");
    }

    @Test
    void hostileTextCannotBecomeMarkupOrReorderText() {
        String md = GoldenFiles.export(exporter, ExportFixtures.hostile(), new ExportHeader(ExportFixtures.EXPORTED, ExportFixtures.HOSTILE.get(0)));
        assertThat(md).doesNotContain("<").doesNotContain("\u202E").doesNotContain("\t").doesNotContain("\r");
        assertThat(md).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "\\[U+202E\\]gnp.exe", "\\|pipes\\|",
                "=HYPERLINK(\"http://evil\",\"x\")");
        // no link syntax from the data: every [ is escaped
        assertThat(md.replace("\\[", "")).doesNotContain("[");
    }

    @Test
    void everyTableRowHasItsHeaderColumnCount() {
        for (String md : List.of(GoldenFiles.export(exporter, ExportFixtures.hostile(), ExportFixtures.HEADER),
                GoldenFiles.export(exporter, ExportFixtures.golden(), ExportFixtures.HEADER))) {
            int columns = -1;
            for (String line : md.split("\n", -1)) {
                if (!line.startsWith("|")) {
                    columns = -1;
                    continue;
                }
                int cells = unescapedPipes(line) - 1;
                if (columns < 0) {
                    columns = cells;
                }
                assertThat(cells).as(line).isEqualTo(columns);
            }
        }
    }

    @Test
    void onlyOurOwnLinesStartWithBlockSyntax() {
        String md = GoldenFiles.export(exporter, ExportFixtures.hostile(), ExportFixtures.HEADER);
        for (String line : md.split("\n")) {
            if (line.startsWith("#")) {
                assertThat(line).matches("#{1,2} [A-Z].*");
            }
            assertThat(line).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith(">").doesNotStartWith("    ");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "a|b => a\\|b",
            "*bold* _it_ `code` => \\*bold\\* \\_it\\_ \\`code\\`",
            "[x](javascript:alert(1)) => \\[x\\](javascript:alert(1))",
            "# heading => \\# heading",
            "- item => \\- item",
            "back\\slash => back\\\\slash",
            "a & b < c > d => a &amp; b &lt; c &gt; d",
    })
    void escapesCellText(String raw, String escaped) {
        assertThat(Md.esc(raw)).isEqualTo(escaped);
    }

    @Test
    void keepsACellOnOneLine() {
        assertThat(Md.esc("line one\r\nline two\rthree\nfour")).isEqualTo("line one / line two / three / four");
    }

    private static int unescapedPipes(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '|') {
                n++;
            }
        }
        return n;
    }
}
