package org.trialworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.Conflict;
import org.trialworkbench.model.ConflictValue;
import org.trialworkbench.model.FieldProvenance;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.TimeUnit;
import org.trialworkbench.model.Trial;

class H2StoreMigrationTest {
    @TempDir
    Path dir;

    @Test
    void emptyFolderIsMigratedToTheLatestVersion() throws Exception {
        Path storeDir = dir.resolve("new/store folder");

        try (H2Store store = H2Store.open(storeDir)) {
            assertThat(Files.exists(storeDir.resolve("store.mv.db"))).isTrue();
            assertThat(currentVersion(store.directory())).isEqualTo(latestMigration());
            assertThat(store.count()).isZero();
        }
    }

    @Test
    void storeMadeByVersion1UpgradesWithoutLosingRows() throws Exception {
        Path canonical = StoreLocation.prepare(dir);
        String url = StoreLocation.jdbcUrl(canonical);
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").target("1").load().migrate();
        byte[] raw = "Brief Title: Exercise in hemodialysis".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (Connection c = DriverManager.getConnection(url, "", "")) {
            insertVersion1Rows(c, raw);
        }
        assertThat(currentVersion(canonical)).isEqualTo("1");

        try (H2Store store = H2Store.open(dir)) {
            assertThat(currentVersion(canonical)).isEqualTo(latestMigration());
            Trial old = store.load("UMIN000011111").orElseThrow();
            assertThat(old.id()).isEqualTo("local-v1");
            assertThat(old.eligibility().criteria()).singleElement().satisfies(c ->
                    assertThat(c.thresholds().get(0).flags()).containsExactly("unit-guessed"));
            assertThat(old.annotations()).extracting(a -> a.note()).containsExactly("kept from v1");
            // V3: a note from before anchors has none yet (the next check anchors it), and no flag
            assertThat(old.annotations()).allSatisfy(a -> {
                assertThat(a.anchorText()).isNull();
                assertThat(a.sourceChanged()).isFalse();
            });
            assertThat(old.corrections()).isEmpty();
            assertThat(store.rawSourcesOf("local-v1")).singleElement().satisfies(r ->
                    assertThat(r.raw()).isEqualTo(raw));
            // V2's title key is computed for rows that V1 stored
            assertThat(store.findTrialIdsByOfficialTitle("EFFECTS OF EXERCISE")).containsExactly("local-v1");

            Trial withV2Parts = old.toBuilder()
                    .conflicts(List.of(new Conflict("briefTitle", List.of(new ConflictValue("A", "x", "a.txt")))))
                    .provenance(List.of(new FieldProvenance("briefTitle", List.of("a.txt")))).build();
            store.write(tx -> tx.saveTrial(withV2Parts));
            assertThat(store.load("local-v1")).contains(withV2Parts);
        }
    }

    @Test
    void provenanceRowsOfVersion6AreRegroupedInTheirOrder() throws Exception {
        Path canonical = StoreLocation.prepare(dir);
        String url = StoreLocation.jdbcUrl(canonical);
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").target("6").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "", "")) {
            c.createStatement().execute("INSERT INTO trial (id, brief_title) VALUES ('NCT01', 'Merged'),"
                    + " ('NCT02', 'Single')");
            // NCT01: fields stated by a.json, by both, by none, and by a.json again (not next to the first)
            c.createStatement().execute("INSERT INTO field_provenance (trial_id, position, field) VALUES"
                    + " ('NCT01', 0, 'briefTitle'), ('NCT01', 1, 'overallStatus'), ('NCT01', 2, 'acronym'),"
                    + " ('NCT01', 3, 'phases'), ('NCT02', 0, 'briefTitle')");
            c.createStatement().execute("INSERT INTO field_provenance_file (trial_id, provenance_position, position,"
                    + " source_file) VALUES ('NCT01', 0, 0, 'a.json'), ('NCT01', 1, 0, 'b.txt'),"
                    + " ('NCT01', 1, 1, 'a.json'), ('NCT01', 3, 0, 'a.json'), ('NCT02', 0, 0, 'c.xml')");
        }

        try (H2Store store = H2Store.open(dir)) {
            assertThat(currentVersion(canonical)).isEqualTo(latestMigration());
            assertThat(store.load("NCT01").orElseThrow().provenance()).containsExactly(
                    new FieldProvenance("briefTitle", List.of("a.json")),
                    new FieldProvenance("overallStatus", List.of("b.txt", "a.json")),
                    new FieldProvenance("acronym", List.of()),
                    new FieldProvenance("phases", List.of("a.json")));
            assertThat(store.load("NCT02").orElseThrow().provenance())
                    .containsExactly(new FieldProvenance("briefTitle", List.of("c.xml")));
        }
    }

    @Test
    void listRowsOfVersion8BecomeColumnsOfTheirParents() throws Exception {
        Path canonical = StoreLocation.prepare(dir);
        String url = StoreLocation.jdbcUrl(canonical);
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").target("8").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "", "")) {
            var st = c.createStatement();
            st.execute("INSERT INTO trial (id, brief_title) VALUES ('NCT01', 'Lists')");
            st.execute("INSERT INTO outcome (trial_id, position, outcome_key, kind, measure, schedule_read, every_value,"
                    + " every_unit) VALUES ('NCT01', 0, 'P1', 'PRIMARY', 'Toxicity', TRUE, 3, 'MONTH'),"
                    + " ('NCT01', 1, 'S1', 'SECONDARY', 'Survival', FALSE, NULL, NULL),"
                    + " ('NCT01', 2, 'S2', 'SECONDARY', 'Dose', TRUE, NULL, NULL)");
            st.execute("INSERT INTO outcome_time_point (trial_id, outcome_position, position, point_value, point_unit,"
                    + " point_label, point_anchor) VALUES ('NCT01', 0, 1, 30, 'DAY', '30 days', 'last dose'),"
                    + " ('NCT01', 0, 0, 0.5, 'WEEK', NULL, NULL)");
            st.execute("INSERT INTO outcome_unread_part (trial_id, outcome_position, position, text)"
                    + " VALUES ('NCT01', 0, 0, 'end of study')");
            st.execute("INSERT INTO arm (trial_id, position, label) VALUES ('NCT01', 0, 'A'), ('NCT01', 1, 'B')");
            st.execute("INSERT INTO arm_intervention_name (trial_id, arm_position, position, name)"
                    + " VALUES ('NCT01', 0, 1, 'Saline'), ('NCT01', 0, 0, 'Drug X')");
            st.execute("INSERT INTO intervention (trial_id, position, name) VALUES ('NCT01', 0, 'Drug X')");
            st.execute("INSERT INTO intervention_other_name (trial_id, intervention_position, position, name)"
                    + " VALUES ('NCT01', 0, 0, 'DX-1')");
        }

        try (H2Store store = H2Store.open(dir)) {
            Trial t = store.load("NCT01").orElseThrow();
            assertThat(t.outcomes().get(0).schedule().timePoints()).containsExactly(
                    new Offset(0.5, TimeUnit.WEEK, null, null), new Offset(30, TimeUnit.DAY, "30 days", "last dose"));
            assertThat(t.outcomes().get(0).schedule().unreadParts()).containsExactly("end of study");
            assertThat(t.outcomes().get(0).schedule().recurrence().every()).isEqualTo(new Offset(3, TimeUnit.MONTH, null));
            assertThat(t.outcomes().get(1).schedule()).isNull();
            assertThat(t.outcomes().get(2).schedule().timePoints()).isEmpty();
            assertThat(t.outcomes().get(2).schedule().unreadParts()).isEmpty();
            assertThat(t.arms()).extracting(Arm::interventionNames)
                    .containsExactly(List.of("Drug X", "Saline"), List.of());
            assertThat(t.interventions()).singleElement().satisfies(i ->
                    assertThat(i.otherNames()).containsExactly("DX-1"));
        }
    }

    private static void insertVersion1Rows(Connection c, byte[] raw) throws Exception {
        c.createStatement().execute("INSERT INTO trial (id, brief_title, official_title, lead_sponsor)"
                + " VALUES ('local-v1', 'Exercise', '  Effects  of exercise', 'Kyoto')");
        c.createStatement().execute("INSERT INTO registry_id (trial_id, position, id, registry)"
                + " VALUES ('local-v1', 0, 'UMIN000011111', 'UMIN-CTR')");
        c.createStatement().execute("INSERT INTO criterion (trial_id, position, criterion_key, kind, text,"
                + " kind_inferred) VALUES ('local-v1', 0, 'I1', 'INCLUSION', 'Hb > 10', FALSE)");
        c.createStatement().execute("INSERT INTO threshold (trial_id, criterion_position, position, parameter, text,"
                + " comparator, threshold_value, flags) VALUES ('local-v1', 0, 0, 'hemoglobin', 'Hb > 10', '>', 10,"
                + " ARRAY['unit-guessed'])");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO source (sha256, trial_id, position, format, file,"
                + " imported_at, importer_version, raw_compressed, raw_size) VALUES (?, 'local-v1', 0, 'page-text',"
                + " 'v1.txt', ?, 1, ?, ?)")) {
            ps.setString(1, TestTrials.sha("v1", 'e'));
            ps.setObject(2, OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
            ps.setBytes(3, Compression.deflate(raw));
            ps.setLong(4, raw.length);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotation (id, trial_id, target, note, author,"
                + " created_at) VALUES ('n1', 'local-v1', 'trial', 'kept from v1', 'rev', ?)")) {
            ps.setObject(1, Instant.parse("2025-02-01T00:00:00Z").atOffset(ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    private static String currentVersion(Path canonicalDir) {
        return Flyway.configure().dataSource(StoreLocation.jdbcUrl(canonicalDir), "", "")
                .locations("classpath:db/migration").load().info().current().getVersion().getVersion();
    }

    /** The highest numbered migration on the class path: the version every store is brought to. */
    private static String latestMigration() throws Exception {
        try (var files = Files.list(Path.of(H2StoreMigrationTest.class.getResource("/db/migration").toURI()))) {
            return String.valueOf(files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow());
        }
    }
}
