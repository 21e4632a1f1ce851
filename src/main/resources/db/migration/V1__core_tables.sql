-- Trial Workbench store, version 1: the normalized trial and its children.
-- Every child table carries trial_id and its position(s), so a trial's rows are deleted and
-- loaded with one statement per table. Enums are stored by name; comparators by symbol.

CREATE TABLE trial (
    id                        VARCHAR(200) PRIMARY KEY,
    brief_title               VARCHAR NOT NULL,
    official_title            VARCHAR,
    acronym                   VARCHAR(200),
    overall_status            VARCHAR(40),
    study_type                VARCHAR(40),
    allocation                VARCHAR(40),
    intervention_model        VARCHAR(40),
    masking                   VARCHAR(40),
    primary_purpose           VARCHAR(40),
    enrollment_count          INT,
    enrollment_type           VARCHAR(20),
    start_date                VARCHAR(20),
    primary_completion_date   VARCHAR(20),
    completion_date           VARCHAR(20),
    lead_sponsor              VARCHAR,
    brief_summary             VARCHAR,
    detailed_description      VARCHAR,
    last_update               VARCHAR(40),
    min_age_value             DOUBLE PRECISION,
    min_age_unit              VARCHAR(20),
    min_age_inclusive         BOOLEAN,
    max_age_value             DOUBLE PRECISION,
    max_age_unit              VARCHAR(20),
    max_age_inclusive         BOOLEAN,
    sex                       VARCHAR(10),
    healthy_volunteers        BOOLEAN,
    criteria_text             VARCHAR
);
CREATE INDEX trial_brief_title ON trial (brief_title);

CREATE TABLE registry_id (
    trial_id  VARCHAR(200) NOT NULL REFERENCES trial (id) ON DELETE CASCADE,
    position  INT NOT NULL,
    id        VARCHAR(200) NOT NULL,
    registry  VARCHAR(100),
    id_key    VARCHAR(200) GENERATED ALWAYS AS (UPPER(id)),
    PRIMARY KEY (trial_id, position)
);
CREATE INDEX registry_id_key ON registry_id (id_key);

CREATE TABLE trial_phase (
    trial_id  VARCHAR(200) NOT NULL REFERENCES trial (id) ON DELETE CASCADE,
    position  INT NOT NULL,
    phase     VARCHAR(20) NOT NULL,
    PRIMARY KEY (trial_id, position)
);

CREATE TABLE trial_condition (
    trial_id  VARCHAR(200) NOT NULL REFERENCES trial (id) ON DELETE CASCADE,
    position  INT NOT NULL,
    name      VARCHAR NOT NULL,
    PRIMARY KEY (trial_id, position)
);

CREATE TABLE trial_country (
    trial_id  VARCHAR(200) NOT NULL REFERENCES trial (id) ON DELETE CASCADE,
    position  INT NOT NULL,
    name      VARCHAR(200) NOT NULL,
    PRIMARY KEY (trial_id, position)
);

-- Raw record bytes are kept (deflate-compressed) so records can be read again by a better reader.
CREATE TABLE source (
    sha256            VARCHAR(64) PRIMARY KEY,
    trial_id          VARCHAR(200) NOT NULL REFERENCES trial (id) ON DELETE CASCADE,
    position          INT NOT NULL,
    format            VARCHAR(100) NOT NULL,
    file              VARCHAR NOT NULL,
    imported_at       TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    importer_version  INT NOT NULL,
    raw_compressed    BLOB,
    raw_size          BIGINT
);
CREATE INDEX source_trial ON source (trial_id, position);

CREATE TABLE criterion (
    trial_id       VARCHAR(200) NOT NULL REFERENCES trial (id) ON DELETE CASCADE,
    position       INT NOT NULL,
    criterion_key  VARCHAR(20) NOT NULL,
    kind           VARCHAR(20) NOT NULL,
    text           VARCHAR NOT NULL,
    kind_inferred  BOOLEAN NOT NULL,
    PRIMARY KEY (trial_id, position)
);

CREATE TABLE threshold (
    trial_id            VARCHAR(200) NOT NULL,
    criterion_position  INT NOT NULL,
    position            INT NOT NULL,
    parameter           VARCHAR(200) NOT NULL,
    text                VARCHAR NOT NULL,
    comparator          VARCHAR(10) NOT NULL,
    threshold_value     DOUBLE PRECISION NOT NULL,
    upper_value         DOUBLE PRECISION,
    unit                VARCHAR(100),
    normalized_value    DOUBLE PRECISION,
    normalized_unit     VARCHAR(100),
    flags               VARCHAR ARRAY NOT NULL,
    PRIMARY KEY (trial_id, criterion_position, position),
    FOREIGN KEY (trial_id, criterion_position) REFERENCES criterion (trial_id, position) ON DELETE CASCADE
);

CREATE TABLE outcome (
    trial_id              VARCHAR(200) NOT NULL REFERENCES trial (id) ON DELETE CASCADE,
    position              INT NOT NULL,
    outcome_key           VARCHAR(20) NOT NULL,
    kind                  VARCHAR(20) NOT NULL,
    measure               VARCHAR NOT NULL,
    description           VARCHAR,
    time_frame            VARCHAR,
    schedule_read         BOOLEAN NOT NULL,
    every_value           DOUBLE PRECISION,
    every_unit            VARCHAR(10),
    every_label           VARCHAR,
    until_value           DOUBLE PRECISION,
    until_unit            VARCHAR(10),
    until_label           VARCHAR,
    PRIMARY KEY (trial_id, position)
);

CREATE TABLE outcome_time_point (
    trial_id          VARCHAR(200) NOT NULL,
    outcome_position  INT NOT NULL,
    position          INT NOT NULL,
    point_value       DOUBLE PRECISION NOT NULL,
    point_unit        VARCHAR(10) NOT NULL,
    point_label       VARCHAR,
    PRIMARY KEY (trial_id, outcome_position, position),
    FOREIGN KEY (trial_id, outcome_position) REFERENCES outcome (trial_id, position) ON DELETE CASCADE
);

CREATE TABLE outcome_unread_part (
    trial_id          VARCHAR(200) NOT NULL,
    outcome_position  INT NOT NULL,
    position          INT NOT NULL,
    text              VARCHAR NOT NULL,
    PRIMARY KEY (trial_id, outcome_position, position),
    FOREIGN KEY (trial_id, outcome_position) REFERENCES outcome (trial_id, position) ON DELETE CASCADE
);

CREATE TABLE arm (
    trial_id     VARCHAR(200) NOT NULL REFERENCES trial (id) ON DELETE CASCADE,
    position     INT NOT NULL,
    label        VARCHAR NOT NULL,
    type         VARCHAR(40),
    description  VARCHAR,
    PRIMARY KEY (trial_id, position)
);

CREATE TABLE arm_intervention_name (
    trial_id      VARCHAR(200) NOT NULL,
    arm_position  INT NOT NULL,
    position      INT NOT NULL,
    name          VARCHAR NOT NULL,
    PRIMARY KEY (trial_id, arm_position, position),
    FOREIGN KEY (trial_id, arm_position) REFERENCES arm (trial_id, position) ON DELETE CASCADE
);

CREATE TABLE intervention (
    trial_id     VARCHAR(200) NOT NULL REFERENCES trial (id) ON DELETE CASCADE,
    position     INT NOT NULL,
    type         VARCHAR(40),
    name         VARCHAR NOT NULL,
    description  VARCHAR,
    PRIMARY KEY (trial_id, position)
);

CREATE TABLE intervention_other_name (
    trial_id               VARCHAR(200) NOT NULL,
    intervention_position  INT NOT NULL,
    position               INT NOT NULL,
    name                   VARCHAR NOT NULL,
    PRIMARY KEY (trial_id, intervention_position, position),
    FOREIGN KEY (trial_id, intervention_position) REFERENCES intervention (trial_id, position) ON DELETE CASCADE
);

CREATE TABLE cohort (
    trial_id              VARCHAR(200) NOT NULL REFERENCES trial (id) ON DELETE CASCADE,
    position              INT NOT NULL,
    cohort_key            VARCHAR(20) NOT NULL,
    sequence              INT NOT NULL,
    label                 VARCHAR,
    subjects_from         INT,
    subjects_to           INT,
    size                  INT,
    intervention          VARCHAR,
    dose_value            DOUBLE PRECISION,
    dose_unit             VARCHAR(100),
    dose_text             VARCHAR,
    administrations       INT,
    interval_value        DOUBLE PRECISION,
    interval_unit         VARCHAR(10),
    interval_label        VARCHAR,
    cumulative_dose_value DOUBLE PRECISION,
    cumulative_dose_unit  VARCHAR(100),
    gate                  VARCHAR,
    source_text           VARCHAR,
    PRIMARY KEY (trial_id, position)
);

-- Reviewer notes: kept when a trial is saved again, deleted only with the trial.
CREATE TABLE annotation (
    id          VARCHAR(100) PRIMARY KEY,
    trial_id    VARCHAR(200) NOT NULL REFERENCES trial (id) ON DELETE CASCADE,
    target      VARCHAR NOT NULL,
    tag         VARCHAR(200),
    note        VARCHAR NOT NULL,
    author      VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP(9) WITH TIME ZONE
);
CREATE INDEX annotation_trial ON annotation (trial_id, created_at);
