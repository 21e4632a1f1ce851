-- Trial Workbench store, version 3: reviewer notes are anchored on their target's source text, and
-- reviewers' corrections of a reading are kept beside it. Both survive re-imports (kept when a
-- trial is saved again, deleted only with the trial) and are flagged when the source text changed.

-- NULL anchor_text: a note made before anchors existed; the next anchor check records its text.
ALTER TABLE annotation ADD COLUMN anchor_text VARCHAR;
ALTER TABLE annotation ADD COLUMN source_changed BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE correction (
    id               VARCHAR(100) PRIMARY KEY,
    trial_id         VARCHAR(200) NOT NULL REFERENCES trial (id) ON DELETE CASCADE,
    target           VARCHAR NOT NULL,
    field            VARCHAR(100) NOT NULL,
    original_value   VARCHAR,
    corrected_value  VARCHAR,
    author           VARCHAR(200) NOT NULL,
    created_at       TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    anchor_text      VARCHAR,
    source_changed   BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX correction_trial ON correction (trial_id, created_at);
