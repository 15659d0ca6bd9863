-- Compute Atlas schema, version 6: the memory story (issue 16).
--
-- market_share.share_of: what a share is a share of — revenue, shipments (units or stacks), bits, or unknown when
-- the source does not say. Rows from before this version are unknown until someone reads their source again.
--
-- chip_memory: a chip's memory technology as a sourced claim — the generation (HBM3E, HBM4 …), and the number of
-- stacks and the capacity per stack where the source gives them. Several claims per chip are kept, like spec_claim.
--
-- memory_outlook: announced facts about a memory technology that is not yet a product (high-bandwidth flash): an
-- agreement, a standardisation step, a sample or product date, a capacity or bandwidth target. Each is dated
-- (stated_on) and sourced; a target's value is what the company says it aims for, not a shipped figure.

ALTER TABLE market_share ADD COLUMN share_of TEXT NOT NULL DEFAULT 'unknown';

CREATE TABLE chip_memory (
    id TEXT PRIMARY KEY, chip_id TEXT NOT NULL REFERENCES chip(id), generation TEXT, stacks INTEGER,
    stack_capacity REAL, claimed_on TEXT NOT NULL, basis TEXT NOT NULL, source_id TEXT NOT NULL REFERENCES source(id),
    note TEXT);
CREATE INDEX chip_memory_chip ON chip_memory(chip_id);

CREATE TABLE memory_outlook (
    id TEXT PRIMARY KEY, technology TEXT NOT NULL, company_id TEXT NOT NULL REFERENCES company(id), kind TEXT NOT NULL,
    stated_on TEXT NOT NULL, target_on TEXT, value REAL, unit TEXT, title_en TEXT NOT NULL, title_zh_hant TEXT NOT NULL,
    title_zh_hans TEXT NOT NULL, source_id TEXT NOT NULL REFERENCES source(id), note TEXT);
