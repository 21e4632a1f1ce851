package org.trialworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialworkbench.export.ExportSchema;
import org.trialworkbench.fixtures.SampleTrials;
import org.trialworkbench.json.WorkbenchJson;

class CommandLineTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of()).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path exportFile(String name, String... ids) throws IOException {
        Path file = dir.resolve(name);
        StringWriter w = new StringWriter();
        new WorkbenchJson().write(java.util.Arrays.stream(ids).map(SampleTrials::full).toList(), SampleTrials.T0, w);
        Files.writeString(file, w.toString());
        return file;
    }

    @Test
    void importsAWorkbenchExportListsAndExportsItAgain() throws IOException {
        Path input = exportFile("in.json", "NCT00000001", "NCT00000002");
        String db = dir.resolve("db").toString();
        assertThat(run("--db", db, "import", input.toString())).as(this::err).isZero();
        assertThat(err()).contains("imported NCT00000001 workbench-json " + input, "imported NCT00000002", "2 imported");

        assertThat(run("--db", db, "list")).isZero();
        assertThat(out().lines()).containsExactly(
                "NCT00000001\tClinicalTrials.gov\tCells for <b>systemic</b> sclerosis & \"friends\"",
                "NCT00000002\tClinicalTrials.gov\tCells for <b>systemic</b> sclerosis & \"friends\"");

        assertThat(run("--db", db, "export", "--format", "json")).isZero();
        ExportSchema.assertValid(out());
        assertThat(out()).contains("\"id\" : \"NCT00000001\"", "Check <script>");
    }

    @Test
    void exportImportExportGivesTheSameTrials() throws IOException {
        Path input = exportFile("in.json", "NCT00000001");
        String first = dir.resolve("first").toString();
        run("--db", first, "import", input.toString());
        Path export1 = dir.resolve("export1.json");
        assertThat(run("--db", first, "export", "--format", "json", "--out", export1.toString())).isZero();

        String second = dir.resolve("second").toString();
        assertThat(run("--db", second, "import", export1.toString())).isZero();
        Path export2 = dir.resolve("export2.json");
        run("--db", second, "export", "--format", "json", "--out", export2.toString());

        assertThat(withoutExportedAt(export2)).isEqualTo(withoutExportedAt(export1));
        ExportSchema.assertValid(Files.readString(export2));
    }

    @Test
    void reimportingTheSameFileIsUnchanged() throws IOException {
        Path input = exportFile("in.json", "NCT00000001");
        String db = dir.resolve("db").toString();
        run("--db", db, "import", input.toString());
        assertThat(run("--db", db, "import", input.toString())).as(this::err).isZero();
        assertThat(err()).contains("unchanged NCT00000001 workbench-json");
    }

    @Test
    void exportsOnlyTheTrialsAskedForInTheirOrderByAnyRegistryId() throws IOException {
        String db = dir.resolve("db").toString();
        run("--db", db, "import", exportFile("in.json", "NCT00000001", "NCT00000002").toString());
        assertThat(run("--db", db, "export", "--format", "json", "--trial", "NCT00000002", "--trial", "NCT00000001")).isZero();
        assertThat(out().indexOf("\"id\" : \"NCT00000002\"")).isLessThan(out().indexOf("\"id\" : \"NCT00000001\""));
        assertThat(run("--db", db, "export", "--format", "json", "--trial", "NCT99999999")).isEqualTo(2);
        assertThat(err()).contains("no stored trial has the id NCT99999999");
    }

    @Test
    void aFailedFileIsReportedAndTheOthersAreStored() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"trial-workbench-export\", \"schemaVersion\": 1, \"trials\": [");
        Path good = exportFile("good.json", "NCT00000001");
        String db = dir.resolve("db").toString();
        assertThat(run("--db", db, "import", bad.toString(), good.toString())).isEqualTo(1);
        assertThat(err()).contains("failed " + bad + ": malformed JSON").contains("imported NCT00000001");
    }

    @Test
    void wrongUsageExitsTwo() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err()).contains("unknown command 'frobnicate'");
        assertThat(run("--db", dir.resolve("db").toString(), "export")).isEqualTo(2);
        assertThat(err()).contains("export needs --format");
        assertThat(run("--db", dir.resolve("db").toString(), "import")).isEqualTo(2);
    }

    @Test
    void anOptionAmongTheFilesToImportIsWrongUsageAndImportsNothing() throws IOException {
        Path good = exportFile("good.json", "NCT00000001");
        Path db = dir.resolve("db");
        assertThat(run("--db", db.toString(), "import", "--store", dir.resolve("other").toString(), good.toString()))
                .isEqualTo(2);
        assertThat(err()).contains("import takes files and folders, not the option --store", "--db DIR")
                .doesNotContain("imported");
        assertThat(db).doesNotExist();
    }

    @Test
    void helpAndVersion() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("import PATH...", "list [--query TEXT]", "export --format json|csv|html|md");
        assertThat(run("--version")).isZero();
        assertThat(out()).startsWith("Trial Workbench ");
    }

    @Test
    void aSecondProcessOnTheSameStoreIsToldItIsInUse() throws Exception {
        Path db = dir.resolve("db");
        try (Workbench held = Workbench.open(db)) {
            Process p = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    Launcher.class.getName(), "--db", db.toString(), "list").redirectErrorStream(false).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).isEqualTo(2);
            assertThat(stderr.strip().lines().toList()).singleElement().asString().contains("in use by another Trial Workbench");
            assertThat(stderr).doesNotContain("Exception", "\tat ");
            assertThat(held.catalog().list(null)).isEmpty();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static List<String> withoutExportedAt(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.contains("\"exportedAt\"")).toList();
    }
}
