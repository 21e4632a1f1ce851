-- Trial Workbench store, version 10: facts about the store as a whole, by name. First use:
-- "readers.version", the version of the readers (criteria, thresholds, schedules, cohorts) that last
-- read every stored trial; a newer application offers to read the trials again.
CREATE TABLE store_setting (
    name           VARCHAR(100) PRIMARY KEY,
    setting_value  VARCHAR(1000) NOT NULL
);
