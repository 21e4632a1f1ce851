-- Trial Workbench store, version 8: the official-title index also holds the trial id, so that the
-- local trials of a title (ids 'local-...', what every imported batch asks for) are found in the
-- index without visiting each stored trial of the same title.
CREATE INDEX trial_official_title_key_id ON trial (official_title_key, id);
DROP INDEX trial_official_title_key;
