-- Trial Workbench store, version 13: whether each date is actual or expected (ClinicalTrials.gov's
-- "Actual" / "Anticipated"), by name of DateType. Null where the source does not say, and for every
-- trial stored before this version until its sources are read again.
ALTER TABLE trial ADD COLUMN start_date_type VARCHAR(20);
ALTER TABLE trial ADD COLUMN primary_completion_date_type VARCHAR(20);
ALTER TABLE trial ADD COLUMN completion_date_type VARCHAR(20);
