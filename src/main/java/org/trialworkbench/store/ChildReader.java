package org.trialworkbench.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.ArmType;
import org.trialworkbench.model.Cohort;
import org.trialworkbench.model.Comparator;
import org.trialworkbench.model.Conflict;
import org.trialworkbench.model.ConflictValue;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.CriterionKind;
import org.trialworkbench.model.FieldProvenance;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.InterventionType;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.OutcomeKind;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.Recurrence;
import org.trialworkbench.model.Schedule;
import org.trialworkbench.model.SubjectRange;
import org.trialworkbench.model.Threshold;
import org.trialworkbench.model.TimeUnit;
import org.trialworkbench.model.Trial;

/** Reads the nested parts of one trial (criteria, outcomes, arms, ...), each table in one query. */
final class ChildReader {
    private final TrialRowReader reader;
    private final String id;

    ChildReader(TrialRowReader reader, String id) {
        this.reader = reader;
        this.id = id;
    }

    void readInto(Trial.Builder b) throws SQLException {
        Trial partial = b.build();
        b.eligibility(partial.eligibility().withCriteria(criteria()));
        b.outcomes(outcomes());
        b.arms(arms());
        b.interventions(interventions());
        b.cohorts(reader.list("SELECT * FROM cohort WHERE trial_id = ? ORDER BY position", id, ChildReader::cohort));
        b.conflicts(conflicts());
        b.provenance(provenance());
    }

    private List<Criterion> criteria() throws SQLException {
        Map<Integer, List<Threshold>> thresholds = reader.grouped("SELECT * FROM threshold WHERE trial_id = ?"
                + " ORDER BY criterion_position, position", id, "criterion_position", ChildReader::threshold);
        return reader.list("SELECT * FROM criterion WHERE trial_id = ? ORDER BY position", id,
                rs -> new Criterion(rs.getString("criterion_key"), CriterionKind.valueOf(rs.getString("kind")),
                        rs.getString("text"), thresholds.get(rs.getInt("position")), rs.getBoolean("kind_inferred")));
    }

    private static Threshold threshold(ResultSet rs) throws SQLException {
        Double normalized = Sql.doubleOf(rs, "normalized_value");
        return new Threshold(rs.getString("parameter"), rs.getString("text"),
                Comparator.fromSymbol(rs.getString("comparator")), rs.getDouble("threshold_value"), Sql.doubleOf(rs, "upper_value"),
                rs.getString("unit"), normalized == null ? null : new Quantity(normalized, rs.getString("normalized_unit")),
                Sql.stringListOf(rs, "flags"));
    }

    private List<Outcome> outcomes() throws SQLException {
        return reader.list("SELECT * FROM outcome WHERE trial_id = ? ORDER BY position", id, rs -> {
            Schedule schedule = null;
            if (rs.getBoolean("schedule_read")) {
                Offset every = offset(rs, "every_");
                Recurrence recurrence = every == null ? null : new Recurrence(every, offset(rs, "until_"));
                schedule = new Schedule(timePoints(rs), recurrence, Sql.stringListOf(rs, "unread_parts"),
                        rs.getString("schedule_from_measure"));
            }
            return new Outcome(rs.getString("outcome_key"), OutcomeKind.valueOf(rs.getString("kind")),
                    rs.getString("measure"), rs.getString("description"), rs.getString("time_frame"), schedule);
        });
    }

    private List<Arm> arms() throws SQLException {
        return reader.list("SELECT * FROM arm WHERE trial_id = ? ORDER BY position", id,
                rs -> new Arm(rs.getString("label"), Sql.enumOf(rs, "type", ArmType.class), rs.getString("description"),
                        Sql.stringListOf(rs, "intervention_names")));
    }

    private List<Intervention> interventions() throws SQLException {
        return reader.list("SELECT * FROM intervention WHERE trial_id = ? ORDER BY position", id,
                rs -> new Intervention(Sql.enumOf(rs, "type", InterventionType.class), rs.getString("name"),
                        rs.getString("description"), Sql.stringListOf(rs, "other_names")));
    }

    private static Cohort cohort(ResultSet rs) throws SQLException {
        Integer from = Sql.intOf(rs, "subjects_from");
        Integer to = Sql.intOf(rs, "subjects_to");
        return new Cohort(rs.getString("cohort_key"), rs.getInt("sequence"), rs.getString("label"),
                from == null || to == null ? null : new SubjectRange(from, to), Sql.intOf(rs, "size"),
                rs.getString("intervention"), quantity(rs, "dose_"), rs.getString("dose_text"),
                Sql.intOf(rs, "administrations"), offset(rs, "interval_"), quantity(rs, "cumulative_dose_"),
                rs.getString("gate"), rs.getString("source_text"), rs.getString("escalation"));
    }

    private List<Conflict> conflicts() throws SQLException {
        Map<Integer, List<ConflictValue>> values = reader.grouped("SELECT * FROM conflict_value WHERE trial_id = ?"
                + " ORDER BY conflict_position, position", id, "conflict_position",
                rs -> new ConflictValue(rs.getString("value_text"), rs.getString("source_format"),
                        rs.getString("source_file")));
        return reader.list("SELECT * FROM conflict WHERE trial_id = ? ORDER BY position", id,
                rs -> new Conflict(rs.getString("field"), values.get(rs.getInt("position"))));
    }

    /** The provenance list, put back in order from its rows (one per distinct list of files). */
    private List<FieldProvenance> provenance() throws SQLException {
        Map<Integer, FieldProvenance> byPosition = new TreeMap<>();
        reader.list("SELECT * FROM field_provenance_set WHERE trial_id = ? ORDER BY position", id, rs -> {
            List<String> files = Sql.stringListOf(rs, "source_files");
            List<String> fields = Sql.stringListOf(rs, "fields");
            Object[] positions = (Object[]) rs.getArray("field_positions").getArray();
            for (int i = 0; i < fields.size(); i++) {
                byPosition.put(((Number) positions[i]).intValue(), new FieldProvenance(fields.get(i), files));
            }
            return fields.size();
        });
        return List.copyOf(byPosition.values());
    }

    /** A schedule's time points from the outcome row's parallel arrays (anchor null: from baseline). */
    private static List<Offset> timePoints(ResultSet rs) throws SQLException {
        Object[] values = (Object[]) rs.getArray("point_values").getArray();
        Object[] units = (Object[]) rs.getArray("point_units").getArray();
        Object[] labels = (Object[]) rs.getArray("point_labels").getArray();
        Object[] anchors = (Object[]) rs.getArray("point_anchors").getArray();
        List<Offset> points = new java.util.ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            points.add(new Offset(((Number) values[i]).doubleValue(), TimeUnit.valueOf((String) units[i]),
                    (String) labels[i], (String) anchors[i]));
        }
        return points;
    }

    /** The offset in columns PREFIXvalue/unit/label; null when no value is stored. */
    private static Offset offset(ResultSet rs, String prefix) throws SQLException {
        Double value = Sql.doubleOf(rs, prefix + "value");
        return value == null ? null
                : new Offset(value, TimeUnit.valueOf(rs.getString(prefix + "unit")), rs.getString(prefix + "label"));
    }

    private static Quantity quantity(ResultSet rs, String prefix) throws SQLException {
        Double value = Sql.doubleOf(rs, prefix + "value");
        return value == null ? null : new Quantity(value, rs.getString(prefix + "unit"));
    }
}
