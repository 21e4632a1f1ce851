-- Trial Workbench store, version 5: pairs of trials a reviewer has kept apart (by splitting a
-- wrong merge, or by declining a merge offer). An import never merges a blocked pair again.
-- No foreign keys: a block outlives the deletion of either trial, so re-importing a deleted
-- trial's records still does not merge it with the other one. Ids are stored ordered (a < b).

CREATE TABLE merge_block (
    trial_id_a  VARCHAR(200) NOT NULL,
    trial_id_b  VARCHAR(200) NOT NULL,
    reason      VARCHAR,
    created_at  TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (trial_id_a, trial_id_b),
    CHECK (trial_id_a < trial_id_b)
);
CREATE INDEX merge_block_b ON merge_block (trial_id_b);
