-- Compute Atlas schema, version 5: several sources per fact (issue 14).
--
-- A fact row's source_id stays its lead source (a primary citation unless a citation row gives that same source
-- another role); the citation table adds the other sources of the row, each with its role:
--   primary   the publisher of the figure (the vendor's page, documentation, datasheet or filing; the firm
--             behind an estimate)
--   secondary a copy or report of a primary source (press, reseller, tabulation)
--   article   writing that discusses the fact without being its source
--   dispute   a source that gives a different figure
-- A citation names its row by table and id. Tables without an id column get one here (spec_claim,
-- market_share, measurement); rows that came before this version are numbered from their rowid, so a user
-- database keeps every row and every row can be cited.

ALTER TABLE spec_claim ADD COLUMN id TEXT NOT NULL DEFAULT '';
UPDATE spec_claim SET id = 'claim-' || rowid WHERE id = '';
CREATE INDEX spec_claim_id ON spec_claim(id);

ALTER TABLE market_share ADD COLUMN id TEXT NOT NULL DEFAULT '';
UPDATE market_share SET id = 'share-' || rowid WHERE id = '';
CREATE INDEX market_share_id ON market_share(id);

ALTER TABLE measurement ADD COLUMN id TEXT NOT NULL DEFAULT '';
UPDATE measurement SET id = 'measurement-' || rowid WHERE id = '';
CREATE INDEX measurement_id ON measurement(id);

CREATE TABLE citation (
    fact_table TEXT NOT NULL, row_id TEXT NOT NULL, source_id TEXT NOT NULL REFERENCES source(id),
    role TEXT NOT NULL, note TEXT);
CREATE INDEX citation_row ON citation(fact_table, row_id);
CREATE INDEX citation_source ON citation(source_id);
