-- Trial Workbench store, version 7: per-field provenance in a few rows per trial instead of two rows
-- per field. Fields that name the same list of source files share one row: a trial read from one
-- source has one row, a merged trial one row per distinct list. field_positions keep each field's
-- place in the trial's provenance list, so the list loads in the order it was saved.
-- (Two rows per field were about half of all rows an import wrote.)

CREATE TABLE field_provenance_set (
    trial_id         VARCHAR(200) NOT NULL REFERENCES trial (id) ON DELETE CASCADE,
    position         INT NOT NULL,
    source_files     VARCHAR ARRAY NOT NULL,
    fields           VARCHAR ARRAY NOT NULL,
    field_positions  INT ARRAY NOT NULL,
    PRIMARY KEY (trial_id, position)
);

-- Rows of earlier versions, regrouped: each field's files in order, then fields by file list.
INSERT INTO field_provenance_set (trial_id, position, source_files, fields, field_positions)
SELECT trial_id,
       ROW_NUMBER() OVER (PARTITION BY trial_id ORDER BY MIN(position)) - 1,
       source_files,
       ARRAY_AGG(field ORDER BY position),
       ARRAY_AGG(position ORDER BY position)
FROM (
    SELECT p.trial_id, p.position, p.field,
           COALESCE((SELECT ARRAY_AGG(f.source_file ORDER BY f.position) FROM field_provenance_file f
                     WHERE f.trial_id = p.trial_id AND f.provenance_position = p.position),
                    CAST(ARRAY[] AS VARCHAR ARRAY)) AS source_files
    FROM field_provenance p
) per_field
GROUP BY trial_id, source_files;

DROP TABLE field_provenance_file;
DROP TABLE field_provenance;
