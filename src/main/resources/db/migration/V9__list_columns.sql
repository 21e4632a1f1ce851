-- Trial Workbench store, version 9: short lists that belong to one parent row are columns of that
-- row (arrays in list order) instead of a row each in a table of their own: an arm's intervention
-- names, an intervention's other names, and an outcome schedule's time points and unread parts.
-- An import wrote ~13 rows per ctgov trial to those four tables. Time points are four parallel
-- arrays (value, unit, label, anchor; label and anchor elements may be NULL).

ALTER TABLE arm ADD COLUMN intervention_names VARCHAR ARRAY;
UPDATE arm a SET intervention_names = COALESCE((SELECT ARRAY_AGG(n.name ORDER BY n.position)
    FROM arm_intervention_name n WHERE n.trial_id = a.trial_id AND n.arm_position = a.position),
    CAST(ARRAY[] AS VARCHAR ARRAY));
ALTER TABLE arm ALTER COLUMN intervention_names SET NOT NULL;
DROP TABLE arm_intervention_name;

ALTER TABLE intervention ADD COLUMN other_names VARCHAR ARRAY;
UPDATE intervention i SET other_names = COALESCE((SELECT ARRAY_AGG(n.name ORDER BY n.position)
    FROM intervention_other_name n WHERE n.trial_id = i.trial_id AND n.intervention_position = i.position),
    CAST(ARRAY[] AS VARCHAR ARRAY));
ALTER TABLE intervention ALTER COLUMN other_names SET NOT NULL;
DROP TABLE intervention_other_name;

ALTER TABLE outcome ADD COLUMN unread_parts VARCHAR ARRAY;
ALTER TABLE outcome ADD COLUMN point_values DOUBLE PRECISION ARRAY;
ALTER TABLE outcome ADD COLUMN point_units VARCHAR ARRAY;
ALTER TABLE outcome ADD COLUMN point_labels VARCHAR ARRAY;
ALTER TABLE outcome ADD COLUMN point_anchors VARCHAR ARRAY;
UPDATE outcome o SET
    unread_parts = COALESCE((SELECT ARRAY_AGG(u.text ORDER BY u.position) FROM outcome_unread_part u
        WHERE u.trial_id = o.trial_id AND u.outcome_position = o.position), CAST(ARRAY[] AS VARCHAR ARRAY)),
    point_values = COALESCE((SELECT ARRAY_AGG(p.point_value ORDER BY p.position) FROM outcome_time_point p
        WHERE p.trial_id = o.trial_id AND p.outcome_position = o.position), CAST(ARRAY[] AS DOUBLE PRECISION ARRAY)),
    point_units = COALESCE((SELECT ARRAY_AGG(p.point_unit ORDER BY p.position) FROM outcome_time_point p
        WHERE p.trial_id = o.trial_id AND p.outcome_position = o.position), CAST(ARRAY[] AS VARCHAR ARRAY)),
    point_labels = COALESCE((SELECT ARRAY_AGG(p.point_label ORDER BY p.position) FROM outcome_time_point p
        WHERE p.trial_id = o.trial_id AND p.outcome_position = o.position), CAST(ARRAY[] AS VARCHAR ARRAY)),
    point_anchors = COALESCE((SELECT ARRAY_AGG(p.point_anchor ORDER BY p.position) FROM outcome_time_point p
        WHERE p.trial_id = o.trial_id AND p.outcome_position = o.position), CAST(ARRAY[] AS VARCHAR ARRAY));
ALTER TABLE outcome ALTER COLUMN unread_parts SET NOT NULL;
ALTER TABLE outcome ALTER COLUMN point_values SET NOT NULL;
ALTER TABLE outcome ALTER COLUMN point_units SET NOT NULL;
ALTER TABLE outcome ALTER COLUMN point_labels SET NOT NULL;
ALTER TABLE outcome ALTER COLUMN point_anchors SET NOT NULL;
DROP TABLE outcome_unread_part;
DROP TABLE outcome_time_point;
