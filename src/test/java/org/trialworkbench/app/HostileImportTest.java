package org.trialworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every class of bad input named by the import issue, generated here, imported by the real jar's
 * main class in a separate JVM with -Xmx256m: each gets one clear "failed" line naming the file
 * (and entry), the run ends within a time limit, and the stored trials are exactly as before.
 */
class HostileImportTest {
    @TempDir
    static Path dir;
    static Path hostile;
    static Path store;
    static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    @BeforeAll
    static void makeFilesAndStore() throws Exception {
        hostile = Files.createDirectories(dir.resolve("hostile"));
        store = dir.resolve("store");
        String study = resource("/seeds/000_ba20f4bf161fb405.txt");
        write("malformed.json", "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT01234567\",,}}}", "malformed JSON");
        write("truncated.json", ctgovStudy("NCT01234568").substring(0, 150), "malformed JSON");
        write("truncated.xml", "<?xml version=\"1.0\"?><clinical_study><id_info><nct_id>NCT01234569</nct_id></id_in", "malformed XML");
        write("empty.json", "", "empty");
        writeBytes("binary.dat", randomBytes(4096), "binary data");
        write("letter.txt", "Dear colleague,\nplease find the minutes of our meeting attached.\nBest regards\n", "not a registry record");
        write("doctype.xml", "<?xml version=\"1.0\"?><!DOCTYPE clinical_study [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<clinical_study><brief_title>&x;</brief_title></clinical_study>", "DOCTYPE");
        write("laughs.xml", billionLaughs(), "DOCTYPE");
        write("deep.json", "[".repeat(100_000) + "]".repeat(100_000), "not a registry record");
        write("deep-study.json", "{\"protocolSection\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}", "safety limit");
        write("longstring.json", "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT01234570\", \"briefTitle\": \""
                + "a".repeat(50 * 1024 * 1024) + "\"}}}", "safety limit");
        write("bignumber.json", "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT01234571\"}, "
                + "\"designModule\": {\"enrollmentInfo\": {\"count\": " + "9".repeat(2000) + "}}}}", "safety limit");
        write("wrongtypes.json", "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT01234572\", \"briefTitle\": \"T\"},"
                + " \"designModule\": {\"phases\": 42}}}", "phases");
        byte[] bomb = new byte[200 * 1024 * 1024];
        Arrays.fill(bomb, (byte) ' ');
        byte[] head = "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT01234576\"}, ".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, bomb, 0, head.length);
        zip("bomb.zip", "study.json", bomb, "zip bomb");
        zip("evil.zip", "../../evil.json", ctgovStudy("NCT01234573").getBytes(StandardCharsets.UTF_8), "leaves the archive");
        zip("absolute.zip", "/tmp/abs.json", ctgovStudy("NCT01234574").getBytes(StandardCharsets.UTF_8), "leaves the archive");
        byte[] zipBytes = zipBytes("one.json", ctgovStudy("NCT01234575").repeat(1).getBytes(StandardCharsets.UTF_8));
        writeBytes("truncated.zip", Arrays.copyOf(zipBytes, zipBytes.length / 2), "damaged or truncated");
        Files.createDirectories(dir.resolve("seeds-input"));
        Files.writeString(dir.resolve("seeds-input/000.txt"), study);
        assertThat(run(store, "import", dir.resolve("seeds-input").toString()).exitCode).isZero();
    }

    @Test
    void everyHostileFileFailsCleanlyAndTheStoreIsUnchanged() throws Exception {
        String before = exportWithoutTimestamp();
        Result result = run(store, "import", hostile.toString());
        assertThat(result.exitCode).as(result.stderr).isEqualTo(1);
        List<String> failed = result.stderr.lines().filter(l -> l.startsWith("failed ")).toList();
        for (Map.Entry<String, String> e : EXPECTED.entrySet()) {
            assertThat(failed).as("a failed line for " + e.getKey() + " in\n" + result.stderr)
                    .anySatisfy(line -> assertThat(line).contains(e.getKey()).containsIgnoringCase(e.getValue()));
        }
        assertThat(result.stderr).doesNotContain("Exception", "\tat ", "root:x:0:0");
        assertThat(result.stderr.lines().filter(l -> l.startsWith("imported") || l.startsWith("merged"))).isEmpty();
        assertThat(exportWithoutTimestamp()).isEqualTo(before);
        assertThat(dir.resolve("evil.json")).doesNotExist();
        assertThat(Path.of("/tmp/abs.json")).doesNotExist();
    }

    @Test
    void textSavedAsUtf16OrShiftJisImports() throws Exception {
        String jrct = resource("/seeds/003_4f16fd12adea18a5.txt");
        Path folder = Files.createDirectories(dir.resolve("encodings"));
        Files.write(folder.resolve("utf16.txt"), jrct.getBytes(StandardCharsets.UTF_16));
        Path sjisStore = dir.resolve("sjis-store");
        Files.write(Files.createDirectories(dir.resolve("sjis")).resolve("sjis.txt"), jrct.getBytes(Charset.forName("Shift_JIS")));
        Result utf16 = run(dir.resolve("utf16-store"), "import", folder.toString());
        assertThat(utf16.stderr).contains("imported jRCTc071190041 jrct-text");
        Result sjis = run(sjisStore, "import", dir.resolve("sjis").toString());
        assertThat(sjis.stderr).contains("imported jRCTc071190041 jrct-text");
    }

    private static String exportWithoutTimestamp() throws Exception {
        Result r = run(store, "export", "--format", "json");
        assertThat(r.exitCode).isZero();
        return String.join("\n", r.stdout.lines().filter(l -> !l.contains("\"exportedAt\"")).toList());
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }

    private static Result run(Path db, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--db", db.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finishes within the time limit").isTrue();
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static void write(String name, String content, String reason) throws IOException {
        writeBytes(name, content.getBytes(StandardCharsets.UTF_8), reason);
    }

    private static void writeBytes(String name, byte[] content, String reason) throws IOException {
        Files.write(hostile.resolve(name), content);
        EXPECTED.put(name, reason);
    }

    private static void zip(String name, String entry, byte[] content, String reason) throws IOException {
        writeBytes(name, zipBytes(entry, content), reason);
    }

    private static byte[] zipBytes(String entry, byte[] content) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = bytes; ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content);
            z.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new Random(7).nextBytes(b);
        return b;
    }

    private static String ctgovStudy(String nctId) {
        return "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"" + nctId + "\", \"briefTitle\": \"A study\"},"
                + " \"statusModule\": {\"overallStatus\": \"RECRUITING\"}, \"eligibilityModule\": {\"eligibilityCriteria\":"
                + " \"Inclusion Criteria:\\n* Adults\"}}}";
    }

    private static String billionLaughs() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            b.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        return b.append("]><clinical_study><brief_title>&lol9;</brief_title></clinical_study>").toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HostileImportTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
