package org.trialworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialworkbench.model.SourceRef;
import org.trialworkbench.model.Trial;

class H2StoreSourceTest {
    private static final Instant NOW = Instant.parse("2026-11-22T00:30:00.000000123Z");

    @TempDir
    Path dir;
    H2Store store;

    @BeforeEach
    void open() {
        store = H2Store.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void keepsRawSeedBytesCompressedAndRestoresThemByteForByte() throws Exception {
        byte[] seed0 = seed("000_ba20f4bf161fb405.txt");
        byte[] seed1 = seed("001_9fb71e6dd1eeb2dc.txt");
        SourceRef ref0 = new SourceRef("ctgov-tabular-text", "000_ba20f4bf161fb405.txt", sha256(seed0), NOW);
        SourceRef ref1 = new SourceRef("page-text", "001_9fb71e6dd1eeb2dc.txt", sha256(seed1), NOW.plusSeconds(1));
        store.write(tx -> {
            tx.saveTrial(TestTrials.minimal("NCT00962923", "ADSC"));
            tx.addSource("NCT00962923", ref0, 3, seed0);
            tx.addSource("NCT00962923", ref1, 4, seed1);
        });

        List<RawSource> raw = store.rawSourcesOf("NCT00962923");
        assertThat(raw).extracting(RawSource::ref).containsExactly(ref0, ref1);
        assertThat(raw).extracting(RawSource::importerVersion).containsExactly(3, 4);
        assertThat(raw.get(0).raw()).isEqualTo(seed0);
        assertThat(sha256(raw.get(1).raw())).isEqualTo(ref1.sha256());
        assertThat(storedBlobSize(ref0.sha256())).isLessThan(seed0.length / 2);
        assertThat(store.load("NCT00962923").orElseThrow().sources()).containsExactly(ref0, ref1);
        assertThat(store.findSourceBySha256(ref1.sha256())).contains(new StoredSource("NCT00962923", ref1, 4));
        assertThat(store.findSourceBySha256(sha256(new byte[0]))).isEmpty();
    }

    @Test
    void keepsEmptyAndIncompressibleBytes() throws Exception {
        byte[] random = new byte[5000];
        new java.util.Random(42).nextBytes(random);
        SourceRef empty = new SourceRef("x", "empty.txt", sha256(new byte[0]), NOW);
        SourceRef noise = new SourceRef("x", "noise.bin", sha256(random), NOW);
        store.write(tx -> {
            tx.saveTrial(TestTrials.minimal("local-1", "t"));
            tx.addSource("local-1", empty, 1, new byte[0]);
            tx.addSource("local-1", noise, 1, random);
        });

        assertThat(store.rawSourcesOf("local-1")).extracting(RawSource::raw).containsExactly(new byte[0], random);
    }

    @Test
    void resavingKeepsSourcesWithTheirBytesAndListedOnesComeFirst() throws Exception {
        byte[] seed = seed("002_c014f135a40a8c7f.txt");
        SourceRef stored = new SourceRef("page-text", "002.txt", sha256(seed), NOW);
        SourceRef listed = new SourceRef("ctgov-json", "NCT01539902.json", TestTrials.sha("json", 'c'), NOW);
        store.write(tx -> {
            tx.saveTrial(TestTrials.minimal("NCT01539902", "t"));
            tx.addSource("NCT01539902", stored, 2, seed);
        });

        store.write(tx -> tx.saveTrial(TestTrials.minimal("NCT01539902", "t2").toBuilder().addSource(listed).build()));

        assertThat(store.load("NCT01539902").orElseThrow().sources()).containsExactly(listed, stored);
        assertThat(store.rawSourcesOf("NCT01539902")).singleElement()
                .satisfies(r -> assertThat(r.raw()).isEqualTo(seed));
        assertThat(store.findSourceBySha256(listed.sha256()).orElseThrow().importerVersion()).isZero();
    }

    @Test
    void mergingMovesSourcesAndAnnotationsBeforeDeletingTheLocalRecord() throws Exception {
        byte[] a = seed("000_ba20f4bf161fb405.txt");
        byte[] b = seed("001_9fb71e6dd1eeb2dc.txt");
        SourceRef refA = new SourceRef("ctgov", "a.txt", sha256(a), NOW);
        SourceRef refB = new SourceRef("page", "b.txt", sha256(b), NOW);
        store.write(tx -> {
            tx.saveTrial(TestTrials.minimal("NCT00962923", "registry copy"));
            tx.saveTrial(TestTrials.minimal("local-77", "pasted copy"));
            tx.addSource("NCT00962923", refA, 1, a);
            tx.addSource("local-77", refB, 1, b);
            tx.addAnnotation("local-77", TestTrials.annotation("n1", NOW));
        });

        store.write(tx -> {
            tx.moveSources("local-77", "NCT00962923");
            tx.moveAnnotations("local-77", "NCT00962923");
            tx.deleteTrial("local-77");
        });

        Trial merged = store.load("NCT00962923").orElseThrow();
        assertThat(merged.sources()).containsExactly(refA, refB);
        assertThat(merged.annotations()).extracting(org.trialworkbench.model.Annotation::id).containsExactly("n1");
        assertThat(store.rawSourcesOf("NCT00962923")).extracting(RawSource::raw).containsExactly(a, b);
        assertThat(store.findSourceBySha256(refB.sha256()).orElseThrow().trialId()).isEqualTo("NCT00962923");
    }

    @Test
    void sourceListedByAMergedTrialMovesToItWithItsBytes() throws Exception {
        byte[] pasted = seed("001_9fb71e6dd1eeb2dc.txt");
        SourceRef ref = new SourceRef("page-text", "001.txt", sha256(pasted), NOW);
        store.write(tx -> {
            tx.saveTrial(TestTrials.minimal("local-9", "pasted"));
            tx.addSource("local-9", ref, 5, pasted);
        });

        Trial merged = TestTrials.minimal("NCT00962923", "merged").toBuilder().addSource(ref).build();
        store.write(tx -> {
            tx.saveTrial(merged);
            tx.deleteTrial("local-9");
        });

        assertThat(store.load("NCT00962923").orElseThrow().sources()).containsExactly(ref);
        assertThat(store.findSourceBySha256(ref.sha256())).contains(new StoredSource("NCT00962923", ref, 5));
        assertThat(store.rawSourcesOf("NCT00962923")).singleElement()
                .satisfies(r -> assertThat(r.raw()).isEqualTo(pasted));
    }

    @Test
    void movesOneSourceBySha256() throws Exception {
        byte[] a = seed("003_4f16fd12adea18a5.txt");
        SourceRef ref = new SourceRef("jrct", "003.txt", sha256(a), NOW);
        store.write(tx -> {
            tx.saveTrial(TestTrials.minimal("jRCTc071190041", "t"));
            tx.saveTrial(TestTrials.minimal("local-1", "t"));
            tx.addSource("local-1", ref, 1, a);
        });

        store.write(tx -> tx.moveSource(ref.sha256(), "jRCTc071190041"));

        assertThat(store.findSourceBySha256(ref.sha256()).orElseThrow().trialId()).isEqualTo("jRCTc071190041");
        assertThat(store.rawSourcesOf("local-1")).isEmpty();
    }

    @Test
    void refusesTheSameSourceUnderTwoTrialsAndSourcesOfUnknownTrials() {
        SourceRef ref = new SourceRef("x", "f.txt", TestTrials.sha("f", 'd'), NOW);
        store.write(tx -> {
            tx.saveTrial(TestTrials.minimal("A", "a"));
            tx.saveTrial(TestTrials.minimal("B", "b"));
            tx.addSource("A", ref, 1, new byte[] {1, 2});
        });

        assertThatThrownBy(() -> store.write(tx -> tx.addSource("B", ref, 1, new byte[] {1, 2})))
                .isInstanceOf(StoreException.class).hasMessageContaining("already stored with trial A");
        assertThatThrownBy(() -> store.write(tx -> tx.addSource("C", ref, 1, new byte[] {1})))
                .isInstanceOf(StoreException.class).hasMessageContaining("Trial C is not in the store");
        store.write(tx -> tx.addSource("A", ref, 2, new byte[] {9}));
        assertThat(store.rawSourcesOf("A")).singleElement().satisfies(r -> {
            assertThat(r.raw()).containsExactly(9);
            assertThat(r.importerVersion()).isEqualTo(2);
        });
    }

    private byte[] seed(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/seeds/" + name)) {
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private int storedBlobSize(String sha) throws Exception {
        try (Connection c = DriverManager.getConnection(StoreLocation.jdbcUrl(store.directory()), "", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT OCTET_LENGTH(raw_compressed) FROM source WHERE sha256 = '" + sha + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
