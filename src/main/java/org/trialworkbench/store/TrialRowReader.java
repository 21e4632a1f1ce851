package org.trialworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.AgeUnit;
import org.trialworkbench.model.Allocation;
import org.trialworkbench.model.Design;
import org.trialworkbench.model.Eligibility;
import org.trialworkbench.model.Enrollment;
import org.trialworkbench.model.DateType;
import org.trialworkbench.model.EnrollmentType;
import org.trialworkbench.model.InterventionModel;
import org.trialworkbench.model.Masking;
import org.trialworkbench.model.OverallStatus;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.PrimaryPurpose;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.Sex;
import org.trialworkbench.model.StudyType;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialDates;

/** Loads one whole trial: its row, then one query per child table. */
final class TrialRowReader {
    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Connection connection;

    TrialRowReader(Connection connection) {
        this.connection = connection;
    }

    Optional<Trial> load(String id) throws SQLException {
        List<Trial.Builder> found = list("SELECT * FROM trial WHERE id = ?", id, this::trialRow);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Trial.Builder b = found.get(0);
        b.registryIds(list("SELECT id, registry FROM registry_id WHERE trial_id = ? ORDER BY position", id,
                rs -> new RegistryId(rs.getString("id"), rs.getString("registry"))));
        b.phases(list("SELECT phase FROM trial_phase WHERE trial_id = ? ORDER BY position", id,
                rs -> Phase.valueOf(rs.getString(1))));
        b.conditions(texts("SELECT name FROM trial_condition WHERE trial_id = ? ORDER BY position", id));
        b.countries(texts("SELECT name FROM trial_country WHERE trial_id = ? ORDER BY position", id));
        b.sources(list("SELECT format, file, sha256, imported_at FROM source WHERE trial_id = ?"
                + " ORDER BY position, sha256", id, SourceQueries::ref));
        b.annotations(list("SELECT * FROM annotation WHERE trial_id = ?" + ReviewerNotes.ANNOTATION_ORDER, id,
                ReviewerNotes::annotation));
        b.corrections(list("SELECT * FROM correction WHERE trial_id = ?" + ReviewerNotes.CORRECTION_ORDER, id,
                ReviewerNotes::correction));
        new ChildReader(this, id).readInto(b);
        return Optional.of(b.build());
    }

    private Trial.Builder trialRow(ResultSet rs) throws SQLException {
        Integer enrollment = Sql.intOf(rs, "enrollment_count");
        Eligibility eligibility = new Eligibility(age(rs, "min_age"), age(rs, "max_age"),
                Sql.enumOf(rs, "sex", Sex.class), Sql.boolOf(rs, "healthy_volunteers"), rs.getString("criteria_text"),
                List.of());
        return Trial.builder()
                .id(rs.getString("id"))
                .briefTitle(rs.getString("brief_title"))
                .officialTitle(rs.getString("official_title"))
                .acronym(rs.getString("acronym"))
                .overallStatus(Sql.enumOf(rs, "overall_status", OverallStatus.class))
                .studyType(Sql.enumOf(rs, "study_type", StudyType.class))
                .design(new Design(Sql.enumOf(rs, "allocation", Allocation.class),
                        Sql.enumOf(rs, "intervention_model", InterventionModel.class),
                        Sql.enumOf(rs, "masking", Masking.class),
                        Sql.enumOf(rs, "primary_purpose", PrimaryPurpose.class)))
                .enrollment(enrollment == null ? null
                        : new Enrollment(enrollment, Sql.enumOf(rs, "enrollment_type", EnrollmentType.class)))
                .dates(new TrialDates(rs.getString("start_date"), rs.getString("primary_completion_date"),
                        rs.getString("completion_date"), Sql.enumOf(rs, "start_date_type", DateType.class),
                        Sql.enumOf(rs, "primary_completion_date_type", DateType.class),
                        Sql.enumOf(rs, "completion_date_type", DateType.class)))
                .leadSponsor(rs.getString("lead_sponsor"))
                .briefSummary(rs.getString("brief_summary"))
                .detailedDescription(rs.getString("detailed_description"))
                .lastUpdate(rs.getString("last_update"))
                .eligibility(eligibility);
    }

    private static Age age(ResultSet rs, String prefix) throws SQLException {
        Double value = Sql.doubleOf(rs, prefix + "_value");
        return value == null ? null : new Age(value, Sql.enumOf(rs, prefix + "_unit", AgeUnit.class),
                rs.getBoolean(prefix + "_inclusive"));
    }

    List<String> texts(String sql, String id) throws SQLException {
        return list(sql, id, rs -> rs.getString(1));
    }

    <T> List<T> list(String sql, String id, Row<T> row) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, id);
            List<T> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(row.map(rs));
                }
            }
            return result;
        }
    }

    /** Rows grouped by their parent's position (column {@code parentColumn}), in query order. */
    <T> Map<Integer, List<T>> grouped(String sql, String id, String parentColumn, Row<T> row) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, id);
            Map<Integer, List<T>> result = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(rs.getInt(parentColumn), k -> new ArrayList<>()).add(row.map(rs));
                }
            }
            return result;
        }
    }
}
