-- Trial Workbench store, version 2: merged trials keep their source conflicts and per-field
-- provenance, and local records can be matched by official title (case- and space-insensitive).

CREATE TABLE conflict (
    trial_id  VARCHAR(200) NOT NULL REFERENCES trial (id) ON DELETE CASCADE,
    position  INT NOT NULL,
    field     VARCHAR(200) NOT NULL,
    PRIMARY KEY (trial_id, position)
);

CREATE TABLE conflict_value (
    trial_id           VARCHAR(200) NOT NULL,
    conflict_position  INT NOT NULL,
    position           INT NOT NULL,
    value_text         VARCHAR,
    source_format      VARCHAR(100),
    source_file        VARCHAR,
    PRIMARY KEY (trial_id, conflict_position, position),
    FOREIGN KEY (trial_id, conflict_position) REFERENCES conflict (trial_id, position) ON DELETE CASCADE
);

CREATE TABLE field_provenance (
    trial_id  VARCHAR(200) NOT NULL REFERENCES trial (id) ON DELETE CASCADE,
    position  INT NOT NULL,
    field     VARCHAR(200) NOT NULL,
    PRIMARY KEY (trial_id, position)
);

CREATE TABLE field_provenance_file (
    trial_id             VARCHAR(200) NOT NULL,
    provenance_position  INT NOT NULL,
    position             INT NOT NULL,
    source_file          VARCHAR NOT NULL,
    PRIMARY KEY (trial_id, provenance_position, position),
    FOREIGN KEY (trial_id, provenance_position) REFERENCES field_provenance (trial_id, position) ON DELETE CASCADE
);

-- Computed by the database (also for rows stored before this version), so Java and SQL cannot
-- disagree on the normalization. (?U) makes \s match Unicode spaces such as no-break space.
ALTER TABLE trial ADD COLUMN official_title_key VARCHAR
    GENERATED ALWAYS AS (LOWER(TRIM(REGEXP_REPLACE(official_title, '(?U)\s+', ' '))));
CREATE INDEX trial_official_title_key ON trial (official_title_key);
