package org.trialworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store is refused to a second process while one has it open, and released on close. */
class H2StoreLockTest {
    @TempDir
    Path dir;

    record Result(int exitCode, String output) {
    }

    @Test
    void secondProcessIsToldTheStoreIsInUse() throws Exception {
        try (H2Store store = H2Store.open(dir)) {
            store.write(tx -> tx.saveTrial(TestTrials.minimal("NCT1", "held")));

            Result other = openInOtherProcess(store.directory());

            assertThat(other.exitCode()).as(other.output()).isEqualTo(2);
            assertThat(lastLine(other.output())).isEqualTo("The store " + store.directory()
                    + " is in use by another Trial Workbench. Close it first.");
        }
    }

    @Test
    void secondProcessOpensTheStoreAfterItIsClosed() throws Exception {
        Path canonical;
        try (H2Store store = H2Store.open(dir)) {
            store.write(tx -> tx.saveTrial(TestTrials.minimal("NCT1", "saved")));
            canonical = store.directory();
        }

        Result other = openInOtherProcess(canonical);

        assertThat(other.exitCode()).as(other.output()).isZero();
        assertThat(lastLine(other.output())).isEqualTo("opened 1");
    }

    @Test
    void pathWithUrlSettingCharactersIsRefused() {
        Path hostile = dir.resolve("x;INIT=RUNSCRIPT FROM 'evil.sql'");

        assertThatThrownBy(() -> H2Store.open(hostile))
                .isInstanceOf(StoreException.class)
                .isNotInstanceOf(StoreInUseException.class)
                .hasMessageContaining("path contains characters that cannot be used for a store: ;='");
        assertThat(hostile.resolve("store.mv.db")).doesNotExist();
        assertThat(Files.exists(Path.of("evil.sql"))).isFalse();
    }

    private static Result openInOtherProcess(Path storeDir) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                OpenStoreMain.class.getName(), storeDir.toString())).redirectErrorStream(true).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the second process did not finish");
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static String lastLine(String output) {
        List<String> lines = output.strip().lines().toList();
        return lines.get(lines.size() - 1);
    }
}
