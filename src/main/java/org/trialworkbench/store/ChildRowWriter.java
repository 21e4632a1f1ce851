package org.trialworkbench.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.Cohort;
import org.trialworkbench.model.Conflict;
import org.trialworkbench.model.ConflictValue;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.FieldProvenance;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.Recurrence;
import org.trialworkbench.model.Threshold;
import org.trialworkbench.model.Trial;

/** Adds the nested parts of a trial (criteria, outcomes, arms, ...) to {@link Batches}. */
final class ChildRowWriter {
    static final String CRITERION = "INSERT INTO criterion (trial_id, position, criterion_key, kind, text,"
            + " kind_inferred) VALUES (?,?,?,?,?,?)";
    static final String THRESHOLD = "INSERT INTO threshold (trial_id, criterion_position, position, parameter, text,"
            + " comparator, threshold_value, upper_value, unit, normalized_value, normalized_unit, flags)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";
    /**
     * An outcome with its schedule's time points (four parallel arrays) and unread parts (V9), and the
     * measure's words it was read from when no time frame is stated (V11).
     */
    static final String OUTCOME = "INSERT INTO outcome (trial_id, position, outcome_key, kind, measure, description,"
            + " time_frame, schedule_read, every_value, every_unit, every_label, until_value, until_unit,"
            + " until_label, unread_parts, point_values, point_units, point_labels, point_anchors,"
            + " schedule_from_measure) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    static final String ARM = "INSERT INTO arm (trial_id, position, label, type, description, intervention_names)"
            + " VALUES (?,?,?,?,?,?)";
    static final String INTERVENTION = "INSERT INTO intervention (trial_id, position, type, name, description,"
            + " other_names) VALUES (?,?,?,?,?,?)";
    static final String COHORT = "INSERT INTO cohort (trial_id, position, cohort_key, sequence, label, subjects_from,"
            + " subjects_to, size, intervention, dose_value, dose_unit, dose_text, administrations, interval_value,"
            + " interval_unit, interval_label, cumulative_dose_value, cumulative_dose_unit, gate, source_text, escalation)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    static final String CONFLICT = "INSERT INTO conflict (trial_id, position, field) VALUES (?,?,?)";
    static final String CONFLICT_VALUE = "INSERT INTO conflict_value (trial_id, conflict_position, position, value_text,"
            + " source_format, source_file) VALUES (?,?,?,?,?,?)";
    /** One row per distinct list of source files: the fields naming it and their places in the list. */
    static final String PROVENANCE_SET = "INSERT INTO field_provenance_set (trial_id, position, source_files,"
            + " fields, field_positions) VALUES (?,?,?,?,?)";

    /** Parents before their children. */
    static final List<String> STATEMENTS = List.of(CRITERION, THRESHOLD, OUTCOME, ARM, INTERVENTION, COHORT,
            CONFLICT, CONFLICT_VALUE, PROVENANCE_SET);

    private final Batches batches;

    ChildRowWriter(Batches batches) {
        this.batches = batches;
    }

    void add(Trial t) throws SQLException {
        List<Criterion> criteria = t.eligibility().criteria();
        for (int i = 0; i < criteria.size(); i++) {
            addCriterion(t.id(), i, criteria.get(i));
        }
        for (int i = 0; i < t.outcomes().size(); i++) {
            addOutcome(t.id(), i, t.outcomes().get(i));
        }
        for (int i = 0; i < t.arms().size(); i++) {
            Arm arm = t.arms().get(i);
            PreparedStatement ps = batches.row(ARM, t.id(), i);
            ps.setString(3, arm.label());
            Sql.enumName(ps, 4, arm.type());
            Sql.string(ps, 5, arm.description());
            Sql.stringList(ps, 6, arm.interventionNames());
            batches.add(ARM);
        }
        for (int i = 0; i < t.interventions().size(); i++) {
            Intervention iv = t.interventions().get(i);
            PreparedStatement ps = batches.row(INTERVENTION, t.id(), i);
            Sql.enumName(ps, 3, iv.type());
            ps.setString(4, iv.name());
            Sql.string(ps, 5, iv.description());
            Sql.stringList(ps, 6, iv.otherNames());
            batches.add(INTERVENTION);
        }
        for (int i = 0; i < t.cohorts().size(); i++) {
            addCohort(t.id(), i, t.cohorts().get(i));
        }
        addConflicts(t.id(), t.conflicts());
        addProvenance(t.id(), t.provenance());
    }

    private void addCriterion(String id, int position, Criterion c) throws SQLException {
        PreparedStatement ps = batches.row(CRITERION, id, position);
        ps.setString(3, c.key());
        Sql.enumName(ps, 4, c.kind());
        ps.setString(5, c.text());
        ps.setBoolean(6, c.kindInferred());
        batches.add(CRITERION);
        for (int j = 0; j < c.thresholds().size(); j++) {
            Threshold th = c.thresholds().get(j);
            PreparedStatement t = grandchild(THRESHOLD, id, position, j);
            t.setString(4, th.parameter());
            t.setString(5, th.text());
            t.setString(6, th.comparator().symbol());
            t.setDouble(7, th.value());
            Sql.doubleOrNull(t, 8, th.upper());
            Sql.string(t, 9, th.unit());
            Sql.doubleOrNull(t, 10, th.normalized() == null ? null : th.normalized().value());
            Sql.string(t, 11, th.normalized() == null ? null : th.normalized().unit());
            Sql.stringList(t, 12, th.flags());
            batches.add(THRESHOLD);
        }
    }

    private void addOutcome(String id, int position, Outcome o) throws SQLException {
        PreparedStatement ps = batches.row(OUTCOME, id, position);
        ps.setString(3, o.key());
        Sql.enumName(ps, 4, o.kind());
        ps.setString(5, o.measure());
        Sql.string(ps, 6, o.description());
        Sql.string(ps, 7, o.timeFrame());
        ps.setBoolean(8, o.schedule() != null);
        Recurrence r = o.schedule() == null ? null : o.schedule().recurrence();
        setOffset(ps, 9, r == null ? null : r.every());
        setOffset(ps, 12, r == null ? null : r.until());
        Sql.stringList(ps, 15, o.schedule() == null ? List.of() : o.schedule().unreadParts());
        List<Offset> points = o.schedule() == null ? List.of() : o.schedule().timePoints();
        Double[] values = new Double[points.size()];
        String[] units = new String[points.size()];
        String[] labels = new String[points.size()];
        String[] anchors = new String[points.size()]; // null: from baseline
        for (int j = 0; j < points.size(); j++) {
            values[j] = points.get(j).value();
            units[j] = points.get(j).unit().name();
            labels[j] = points.get(j).label();
            anchors[j] = points.get(j).anchor();
        }
        ps.setObject(16, values);
        ps.setObject(17, units);
        ps.setObject(18, labels);
        ps.setObject(19, anchors);
        Sql.string(ps, 20, o.schedule() == null ? null : o.schedule().fromMeasure());
        batches.add(OUTCOME);
    }

    private void addCohort(String id, int position, Cohort c) throws SQLException {
        PreparedStatement ps = batches.row(COHORT, id, position);
        ps.setString(3, c.key());
        ps.setInt(4, c.sequence());
        Sql.string(ps, 5, c.label());
        Sql.intOrNull(ps, 6, c.subjects() == null ? null : c.subjects().from());
        Sql.intOrNull(ps, 7, c.subjects() == null ? null : c.subjects().to());
        Sql.intOrNull(ps, 8, c.size());
        Sql.string(ps, 9, c.intervention());
        setQuantity(ps, 10, c.dose());
        Sql.string(ps, 12, c.doseText());
        Sql.intOrNull(ps, 13, c.administrations());
        setOffset(ps, 14, c.interval());
        setQuantity(ps, 17, c.cumulativeDose());
        Sql.string(ps, 19, c.gate());
        Sql.string(ps, 20, c.sourceText());
        Sql.string(ps, 21, c.escalation());
        batches.add(COHORT);
    }

    private void addConflicts(String id, List<Conflict> conflicts) throws SQLException {
        for (int i = 0; i < conflicts.size(); i++) {
            Conflict c = conflicts.get(i);
            batches.row(CONFLICT, id, i).setString(3, c.field());
            batches.add(CONFLICT);
            for (int j = 0; j < c.values().size(); j++) {
                ConflictValue v = c.values().get(j);
                PreparedStatement ps = grandchild(CONFLICT_VALUE, id, i, j);
                Sql.string(ps, 4, v.value());
                Sql.string(ps, 5, v.sourceFormat());
                Sql.string(ps, 6, v.sourceFile());
                batches.add(CONFLICT_VALUE);
            }
        }
    }

    /** Fields stated by the same files share a row (a single-source trial has one), in order of first use. */
    private void addProvenance(String id, List<FieldProvenance> provenance) throws SQLException {
        Map<List<String>, List<Integer>> positionsByFiles = new LinkedHashMap<>();
        for (int i = 0; i < provenance.size(); i++) {
            positionsByFiles.computeIfAbsent(provenance.get(i).sourceFiles(), files -> new ArrayList<>()).add(i);
        }
        int row = 0;
        for (Map.Entry<List<String>, List<Integer>> set : positionsByFiles.entrySet()) {
            PreparedStatement ps = batches.row(PROVENANCE_SET, id, row++);
            Sql.stringList(ps, 3, set.getKey());
            Sql.stringList(ps, 4, set.getValue().stream().map(i -> provenance.get(i).field()).toList());
            ps.setObject(5, set.getValue().toArray(new Integer[0]));
            batches.add(PROVENANCE_SET);
        }
    }

    private PreparedStatement grandchild(String sql, String id, int parent, int position) throws SQLException {
        PreparedStatement ps = batches.statement(sql);
        ps.setString(1, id);
        ps.setInt(2, parent);
        ps.setInt(3, position);
        return ps;
    }

    /** Sets value, unit, label at i, i+1, i+2 (all null for no offset). */
    private static void setOffset(PreparedStatement ps, int i, Offset o) throws SQLException {
        Sql.doubleOrNull(ps, i, o == null ? null : o.value());
        Sql.enumName(ps, i + 1, o == null ? null : o.unit());
        Sql.string(ps, i + 2, o == null ? null : o.label());
    }

    /** Sets value, unit at i, i+1 (both null for no quantity). */
    private static void setQuantity(PreparedStatement ps, int i, Quantity q) throws SQLException {
        Sql.doubleOrNull(ps, i, q == null ? null : q.value());
        Sql.string(ps, i + 1, q == null ? null : q.unit());
    }
}
