-- Trial Workbench store, version 11: an outcome whose registry states no time frame may be dated by
-- its measure's words ("... at Month 6 and 12"); those words are kept with the reading, its source.
-- Null for every reading of a time frame (all rows stored before this version).
ALTER TABLE outcome ADD COLUMN schedule_from_measure VARCHAR;
