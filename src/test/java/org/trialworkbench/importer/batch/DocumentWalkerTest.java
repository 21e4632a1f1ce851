package org.trialworkbench.importer.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialworkbench.importer.SourceDocument;

class DocumentWalkerTest {
    @TempDir
    Path dir;

    private final List<String> documents = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> contents = new ArrayList<>();

    private final DocumentVisitor visitor = new DocumentVisitor() {
        @Override
        public void document(SourceDocument document, long bytes) {
            documents.add(document.name());
            try (InputStream in = document.open()) {
                contents.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                failures.add(document.name() + ": " + e.getMessage());
            }
        }

        @Override
        public void failure(String name, String reason) {
            failures.add(name + ": " + reason);
        }
    };

    @Test
    void walksFoldersRecursivelyInNameOrder() throws IOException {
        Files.createDirectories(dir.resolve("b/c"));
        Files.writeString(dir.resolve("b/c/z.txt"), "z");
        Files.writeString(dir.resolve("a.txt"), "a");
        new DocumentWalker().walk(List.of(dir), visitor);
        assertThat(documents).containsExactly(dir.resolve("a.txt").toString(), dir.resolve("b/c/z.txt").toString());
    }

    @Test
    void readsZipEntriesInPlaceAndToldByContentNotName() throws IOException {
        Path zip = dir.resolve("records.dat");
        writeZip(zip, "one.json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8), "sub/two.json", "{}".getBytes(StandardCharsets.UTF_8));
        new DocumentWalker().walk(List.of(zip), visitor);
        assertThat(documents).containsExactly(zip + "!one.json", zip + "!sub/two.json");
        assertThat(contents).containsExactly("{\"a\":1}", "{}");
        assertThat(failures).isEmpty();
    }

    @Test
    void refusesEntriesWhosePathLeavesTheArchive() throws IOException {
        Path zip = dir.resolve("evil.zip");
        writeZip(zip, "../../escape.json", new byte[] {'{', '}'}, "/etc/abs.json", new byte[] {'{', '}'}, "ok.json", new byte[] {'{', '}'});
        new DocumentWalker().walk(List.of(zip), visitor);
        assertThat(documents).containsExactly(zip + "!ok.json");
        assertThat(failures).hasSize(2).allMatch(f -> f.contains("leaves the archive"));
        assertThat(dir.getParent().resolve("escape.json")).doesNotExist();
    }

    @Test
    void stopsAZipBombByItsInflationRatio() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        byte[] zeros = new byte[64 * 1024 * 1024];
        writeZip(zip, "zeros.json", zeros);
        assertThat(Files.size(zip)).isLessThan(1024 * 1024);
        new DocumentWalker().walk(List.of(zip), visitor);
        assertThat(failures).singleElement().asString().contains("bomb.zip!zeros.json").contains("zip bomb");
    }

    @Test
    void stopsAnEntryOverTheSizeLimit() throws IOException {
        Path zip = dir.resolve("big.zip");
        byte[] random = new byte[3 * 1024 * 1024];
        new java.util.Random(1).nextBytes(random);
        writeZip(zip, "big.bin", random);
        new DocumentWalker(new ArchiveLimits(1024 * 1024, 1L << 40, 1000, 200)).walk(List.of(zip), visitor);
        assertThat(failures).singleElement().asString().contains("more than 1 MB");
    }

    @Test
    void reportsATruncatedZip() throws IOException {
        Path zip = dir.resolve("cut.zip");
        writeZip(zip, "one.json", "{\"a\":1}".repeat(1000).getBytes(StandardCharsets.UTF_8));
        byte[] all = Files.readAllBytes(zip);
        Files.write(zip, Arrays.copyOf(all, all.length / 2));
        new DocumentWalker().walk(List.of(zip), visitor);
        assertThat(failures).singleElement().asString().contains("cut.zip").contains("damaged or truncated");
    }

    @Test
    void doesNotOpenArchivesInsideArchives() throws IOException {
        Path inner = dir.resolve("inner.zip");
        writeZip(inner, "x.json", new byte[] {'{', '}'});
        Path outer = dir.resolve("outer.zip");
        writeZip(outer, "inner.zip", Files.readAllBytes(inner));
        new DocumentWalker().walk(List.of(outer), visitor);
        assertThat(failures).singleElement().asString().contains("outer.zip!inner.zip").contains("archive inside an archive");
    }

    @Test
    void reportsMissingPaths() {
        new DocumentWalker().walk(List.of(dir.resolve("nope.json")), visitor);
        assertThat(failures).singleElement().asString().contains("nope.json: no such file or folder");
    }

    static void writeZip(Path zip, Object... namesAndBytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndBytes.length; i += 2) {
                z.putNextEntry(new ZipEntry((String) namesAndBytes[i]));
                z.write((byte[]) namesAndBytes[i + 1]);
                z.closeEntry();
            }
        }
    }

}
