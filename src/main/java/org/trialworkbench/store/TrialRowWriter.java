package org.trialworkbench.store;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Correction;
import org.trialworkbench.model.Eligibility;
import org.trialworkbench.model.SourceRef;
import org.trialworkbench.model.Trial;

/**
 * Adds the rows of a trial to {@link Batches}: the trial row and its id/phase/condition/country
 * lists here, the nested parts through {@link ChildRowWriter}. The trial's sources, annotations
 * and corrections are attached without replacing what is stored (see
 * {@link StoreTransaction#saveTrial}).
 */
final class TrialRowWriter {
    static final String TRIAL = "MERGE INTO trial (id, brief_title, official_title, acronym, overall_status, study_type,"
            + " allocation, intervention_model, masking, primary_purpose, enrollment_count, enrollment_type,"
            + " start_date, primary_completion_date, completion_date, lead_sponsor, brief_summary,"
            + " detailed_description, last_update, min_age_value, min_age_unit, min_age_inclusive, max_age_value,"
            + " max_age_unit, max_age_inclusive, sex, healthy_volunteers, criteria_text, start_date_type,"
            + " primary_completion_date_type, completion_date_type) KEY (id)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    static final String REGISTRY_ID = "INSERT INTO registry_id (trial_id, position, id, registry) VALUES (?,?,?,?)";
    static final String PHASE = "INSERT INTO trial_phase (trial_id, position, phase) VALUES (?,?,?)";
    static final String CONDITION = "INSERT INTO trial_condition (trial_id, position, name) VALUES (?,?,?)";
    static final String COUNTRY = "INSERT INTO trial_country (trial_id, position, name) VALUES (?,?,?)";
    static final String SOURCE = "MERGE INTO source s USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(200)),"
            + " CAST(? AS INT), CAST(? AS VARCHAR(100)), CAST(? AS VARCHAR), CAST(? AS TIMESTAMP(9) WITH TIME ZONE)))"
            + " v (sha256, trial_id, position, format, file, imported_at) ON s.sha256 = v.sha256"
            + " WHEN MATCHED THEN UPDATE SET trial_id = v.trial_id, position = v.position"
            + " WHEN NOT MATCHED THEN INSERT (sha256, trial_id, position, format, file, imported_at, importer_version)"
            + " VALUES (v.sha256, v.trial_id, v.position, v.format, v.file, v.imported_at, 0)";
    /** The raw bytes of a source that {@link #SOURCE} attached in the same batch. */
    static final String SOURCE_RAW = "UPDATE source SET importer_version = ?, raw_compressed = ?, raw_size = ?"
            + " WHERE sha256 = ? AND trial_id = ?";
    static final String ANNOTATION = "MERGE INTO annotation a USING (VALUES (CAST(? AS VARCHAR(100)),"
            + " CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR), CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR),"
            + " CAST(? AS VARCHAR(200)), CAST(? AS TIMESTAMP(9) WITH TIME ZONE),"
            + " CAST(? AS TIMESTAMP(9) WITH TIME ZONE), CAST(? AS VARCHAR), CAST(? AS BOOLEAN)))"
            + " v (id, trial_id, target, tag, note, author, created_at, updated_at, anchor_text, source_changed)"
            + " ON a.id = v.id WHEN NOT MATCHED THEN INSERT (id, trial_id, target, tag, note, author,"
            + " created_at, updated_at, anchor_text, source_changed) VALUES (v.id, v.trial_id, v.target, v.tag,"
            + " v.note, v.author, v.created_at, v.updated_at, v.anchor_text, v.source_changed)";
    /** A trial's corrections are added when their id is not stored; stored ones change only on their own. */
    static final String CORRECTION = "MERGE INTO correction c USING (VALUES (CAST(? AS VARCHAR(100)),"
            + " CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR), CAST(? AS VARCHAR(100)), CAST(? AS VARCHAR),"
            + " CAST(? AS VARCHAR), CAST(? AS VARCHAR(200)), CAST(? AS TIMESTAMP(9) WITH TIME ZONE),"
            + " CAST(? AS VARCHAR), CAST(? AS BOOLEAN))) v (id, trial_id, target, field, original_value,"
            + " corrected_value, author, created_at, anchor_text, source_changed) ON c.id = v.id"
            + " WHEN NOT MATCHED THEN INSERT (id, trial_id, target, field, original_value, corrected_value, author,"
            + " created_at, anchor_text, source_changed) VALUES (v.id, v.trial_id, v.target, v.field,"
            + " v.original_value, v.corrected_value, v.author, v.created_at, v.anchor_text, v.source_changed)";

    /** Every statement this writer and {@link ChildRowWriter} batch, parents before children. */
    static List<String> statementsInOrder() {
        List<String> head = List.of(TRIAL, REGISTRY_ID, PHASE, CONDITION, COUNTRY, SOURCE, SOURCE_RAW, ANNOTATION,
                CORRECTION);
        return java.util.stream.Stream.concat(head.stream(), ChildRowWriter.STATEMENTS.stream()).toList();
    }

    private final Batches batches;
    private final ChildRowWriter children;

    TrialRowWriter(Batches batches) {
        this.batches = batches;
        this.children = new ChildRowWriter(batches);
    }

    void add(Trial t) throws SQLException {
        addTrialRow(t);
        String id = t.id();
        for (int i = 0; i < t.registryIds().size(); i++) {
            PreparedStatement ps = batches.row(REGISTRY_ID, id, i);
            ps.setString(3, t.registryIds().get(i).id());
            Sql.string(ps, 4, t.registryIds().get(i).registry());
            batches.add(REGISTRY_ID);
        }
        for (int i = 0; i < t.phases().size(); i++) {
            Sql.enumName(batches.row(PHASE, id, i), 3, t.phases().get(i));
            batches.add(PHASE);
        }
        addTexts(CONDITION, id, t.conditions());
        addTexts(COUNTRY, id, t.countries());
        addSources(id, t.sources());
        addAnnotations(id, t.annotations());
        addCorrections(id, t.corrections());
        children.add(t);
    }

    private void addTrialRow(Trial t) throws SQLException {
        PreparedStatement ps = batches.statement(TRIAL);
        int i = 1;
        ps.setString(i++, t.id());
        ps.setString(i++, t.briefTitle());
        Sql.string(ps, i++, t.officialTitle());
        Sql.string(ps, i++, t.acronym());
        Sql.enumName(ps, i++, t.overallStatus());
        Sql.enumName(ps, i++, t.studyType());
        Sql.enumName(ps, i++, t.design().allocation());
        Sql.enumName(ps, i++, t.design().interventionModel());
        Sql.enumName(ps, i++, t.design().masking());
        Sql.enumName(ps, i++, t.design().primaryPurpose());
        Sql.intOrNull(ps, i++, t.enrollment() == null ? null : t.enrollment().count());
        Sql.enumName(ps, i++, t.enrollment() == null ? null : t.enrollment().type());
        Sql.string(ps, i++, t.dates().start());
        Sql.string(ps, i++, t.dates().primaryCompletion());
        Sql.string(ps, i++, t.dates().completion());
        Sql.string(ps, i++, t.leadSponsor());
        Sql.string(ps, i++, t.briefSummary());
        Sql.string(ps, i++, t.detailedDescription());
        Sql.string(ps, i++, t.lastUpdate());
        Eligibility e = t.eligibility();
        i = setAge(ps, i, e.minimumAge());
        i = setAge(ps, i, e.maximumAge());
        Sql.enumName(ps, i++, e.sex());
        Sql.boolOrNull(ps, i++, e.healthyVolunteers());
        Sql.string(ps, i++, e.criteriaText());
        Sql.enumName(ps, i++, t.dates().startType());
        Sql.enumName(ps, i++, t.dates().primaryCompletionType());
        Sql.enumName(ps, i, t.dates().completionType());
        batches.add(TRIAL);
    }

    private static int setAge(PreparedStatement ps, int i, Age age) throws SQLException {
        Sql.doubleOrNull(ps, i, age == null ? null : age.value());
        Sql.enumName(ps, i + 1, age == null ? null : age.unit());
        Sql.boolOrNull(ps, i + 2, age == null ? null : age.inclusive());
        return i + 3;
    }

    private void addTexts(String sql, String id, List<String> texts) throws SQLException {
        for (int i = 0; i < texts.size(); i++) {
            batches.row(sql, id, i).setString(3, texts.get(i));
            batches.add(sql);
        }
    }

    private void addSources(String id, List<SourceRef> sources) throws SQLException {
        for (int i = 0; i < sources.size(); i++) {
            SourceRef ref = sources.get(i);
            PreparedStatement ps = batches.statement(SOURCE);
            ps.setString(1, ref.sha256());
            ps.setString(2, id);
            ps.setInt(3, i);
            ps.setString(4, ref.format());
            ps.setString(5, ref.file());
            Sql.instant(ps, 6, ref.importedAt());
            batches.add(SOURCE);
        }
    }

    /** The same annotation without id gets the same id every save, so saving again adds no copy. */
    private static String derivedId(String trialId, Annotation a) {
        String identity = String.join("\u0000", trialId, a.target(), a.note(), a.author(), a.createdAt().toString());
        return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Batches a source's raw bytes; the source must be listed in a trial saved in this batch. */
    void addSourceRaw(String trialId, String sha256, int importerVersion, byte[] raw) throws SQLException {
        PreparedStatement ps = batches.statement(SOURCE_RAW);
        ps.setInt(1, importerVersion);
        byte[] compressed = raw == null ? null : Compression.deflate(raw);
        ps.setBytes(2, compressed);
        if (raw == null) {
            ps.setNull(3, java.sql.Types.BIGINT);
        } else {
            ps.setLong(3, raw.length);
        }
        ps.setString(4, sha256);
        ps.setString(5, trialId);
        batches.add(SOURCE_RAW);
    }

    private void addAnnotations(String id, List<Annotation> annotations) throws SQLException {
        for (Annotation a : annotations) {
            PreparedStatement ps = batches.statement(ANNOTATION);
            ps.setString(1, a.id() == null ? derivedId(id, a) : a.id());
            ps.setString(2, id);
            ps.setString(3, a.target());
            Sql.string(ps, 4, a.tag());
            ps.setString(5, a.note());
            ps.setString(6, a.author());
            Sql.instant(ps, 7, a.createdAt());
            Sql.instant(ps, 8, a.updatedAt());
            Sql.string(ps, 9, a.anchorText());
            ps.setBoolean(10, a.sourceChanged());
            batches.add(ANNOTATION);
        }
    }

    private void addCorrections(String id, List<Correction> corrections) throws SQLException {
        for (Correction c : corrections) {
            PreparedStatement ps = batches.statement(CORRECTION);
            Object[] row = ReviewerNotes.correctionRow(id, c);
            for (int i = 0; i < row.length; i++) {
                setParameter(ps, i + 1, row[i]);
            }
            batches.add(CORRECTION);
        }
    }

    /** Sets a parameter of any of the types the note rows use; nulls are typed as text. */
    static void setParameter(PreparedStatement ps, int i, Object value) throws SQLException {
        if (value instanceof java.time.Instant instant) {
            Sql.instant(ps, i, instant);
        } else if (value == null) {
            Sql.string(ps, i, null);
        } else {
            ps.setObject(i, value);
        }
    }
}
