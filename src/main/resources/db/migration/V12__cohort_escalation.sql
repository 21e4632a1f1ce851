-- Trial Workbench store, version 12: a trial may escalate in parallel (a once-daily and a twice-daily
-- arm, Parts 1A-1E, cohorts A and B); a dose step names the escalation it belongs to, as the source
-- words it. Null for a trial with one escalation (all rows stored before this version).
ALTER TABLE cohort ADD COLUMN escalation VARCHAR;
