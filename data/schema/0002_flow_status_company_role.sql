-- Compute Atlas schema 2 (issue 8, money flows): a flow's status, and a company's role.
-- A letter of intent that never became binding stays in the dataset but is no longer counted as live money:
-- status 'lapsed' (its note says why) or 'superseded' (superseded_by names the flow that replaced it).
-- A company's role (model_lab, cloud, chip_designer, memory, foundry, server_maker, investor_sovereign, other)
-- places it in the Money flows graph and filters it.
-- ALTER TABLE appends the columns, so data/store/table_schema.cpp lists them last; the defaults carry rows of a
-- schema-1 user database over.

ALTER TABLE flow ADD COLUMN status TEXT NOT NULL DEFAULT 'active';
ALTER TABLE flow ADD COLUMN superseded_by TEXT REFERENCES flow(id);
ALTER TABLE company ADD COLUMN role TEXT NOT NULL DEFAULT 'other';
