-- A time point may count from an event other than baseline ("30 days after last dose"):
-- the event as written; NULL means baseline (every row written before this migration).
ALTER TABLE outcome_time_point ADD COLUMN point_anchor VARCHAR;
