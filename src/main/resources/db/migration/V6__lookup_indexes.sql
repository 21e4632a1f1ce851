-- Lookups done for every imported record must not scan whole tables: with 20,000 stored trials
-- the scans made an import quadratic. An index on registry ids as written, and a computed upper-case
-- trial id (for "ignore case" lookups) with its own index.
CREATE INDEX registry_id_id ON registry_id (id);
ALTER TABLE trial ADD COLUMN id_key VARCHAR(200) GENERATED ALWAYS AS (UPPER(id));
CREATE INDEX trial_id_key ON trial (id_key);
