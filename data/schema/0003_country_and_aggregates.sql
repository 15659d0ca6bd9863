-- Schema version 3: countries, and deployments that are totals of others (issue 9).
--
-- country: every ISO 3166-1 country a row may name (deployment.country_iso2, company.country_iso2), with its
-- names in the three interface languages, its region, and the ISO numeric code Natural Earth's shapes carry.
-- The validator checks every country_iso2 against it. SQLite cannot add a REFERENCES clause to a column that
-- already exists without rebuilding the table, so those two references live in data/store/table_schema.cpp only.
--
-- deployment.part_of: the row this one is counted in (a country or programme total that includes it); a total
-- counts only the units its parts do not explain, never its parts again.
-- deployment.overlaps: rows that may count some of the same accelerators ("id;id"); both are counted and every
-- total that holds both says so.

CREATE TABLE country (
    iso2 TEXT PRIMARY KEY, iso_numeric INTEGER NOT NULL, name_en TEXT NOT NULL, name_zh_hant TEXT NOT NULL,
    name_zh_hans TEXT NOT NULL, region TEXT NOT NULL);

ALTER TABLE deployment ADD COLUMN part_of TEXT REFERENCES deployment(id);
ALTER TABLE deployment ADD COLUMN overlaps TEXT;
