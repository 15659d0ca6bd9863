-- Compute Atlas schema, version 1. Column names are the contract that the dataset CSVs, tests and
-- exports use (DESIGN §2.1, data/dataset/README.md). data/store/table_schema.cpp describes the same columns;
-- tst_schema checks that the two agree.
--
-- Units are SI: FLOP/s (OP/s for int8), B, B/s, W, USD. Throughput is dense unless sparse = 1.
-- Capacity convention: a vendor's "GB" of HBM is binary-sized, so 80 GB is stored as 80 * 2^30 B.
-- Dates are text with their precision kept: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn.

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE source (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, publisher TEXT NOT NULL, url TEXT, published_on TEXT,
    kind TEXT NOT NULL, language TEXT NOT NULL, note TEXT);

CREATE TABLE company (
    id TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_zh_hant TEXT NOT NULL, name_zh_hans TEXT NOT NULL,
    country_iso2 TEXT, ticker TEXT);

CREATE TABLE chip (
    id TEXT PRIMARY KEY, vendor_id TEXT NOT NULL REFERENCES company(id), family TEXT NOT NULL,
    name TEXT NOT NULL, aliases TEXT, announced TEXT NOT NULL, available TEXT, status TEXT NOT NULL,
    process_node TEXT, memory_type TEXT, note TEXT);

CREATE TABLE spec_claim (
    chip_id TEXT NOT NULL REFERENCES chip(id), metric TEXT NOT NULL, precision TEXT, value REAL NOT NULL,
    unit TEXT NOT NULL, sparse INTEGER NOT NULL, basis TEXT NOT NULL, claimed_on TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES source(id), note TEXT);
CREATE INDEX spec_claim_chip ON spec_claim(chip_id, metric, precision);

CREATE TABLE event (
    id TEXT PRIMARY KEY, date TEXT NOT NULL, end_date TEXT, kind TEXT NOT NULL,
    company_id TEXT NOT NULL REFERENCES company(id), chip_id TEXT REFERENCES chip(id), title_en TEXT NOT NULL,
    title_zh_hant TEXT NOT NULL, title_zh_hans TEXT NOT NULL, location TEXT,
    source_id TEXT NOT NULL REFERENCES source(id));

CREATE TABLE deployment (
    id TEXT PRIMARY KEY, country_iso2 TEXT NOT NULL, owner_id TEXT REFERENCES company(id), site TEXT NOT NULL,
    sector TEXT NOT NULL, chip_id TEXT REFERENCES chip(id), accelerator TEXT, units INTEGER,
    units_kind TEXT NOT NULL, power_mw REAL, announced_on TEXT NOT NULL, target_on TEXT,
    source_id TEXT NOT NULL REFERENCES source(id), note TEXT);

CREATE TABLE flow (
    id TEXT PRIMARY KEY, from_id TEXT NOT NULL REFERENCES company(id), to_id TEXT NOT NULL REFERENCES company(id),
    kind TEXT NOT NULL, amount_usd REAL, upper_bound INTEGER NOT NULL, announced_on TEXT NOT NULL,
    period_start TEXT, period_end TEXT, description_en TEXT NOT NULL, description_zh_hant TEXT NOT NULL,
    description_zh_hans TEXT NOT NULL, source_id TEXT NOT NULL REFERENCES source(id), note TEXT);

CREATE TABLE market_share (
    segment TEXT NOT NULL, period TEXT NOT NULL, company_id TEXT NOT NULL REFERENCES company(id),
    share_pct REAL NOT NULL, basis TEXT NOT NULL, source_id TEXT NOT NULL REFERENCES source(id), note TEXT);

CREATE TABLE llm_model (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, params_total REAL NOT NULL, params_active REAL NOT NULL,
    layers INTEGER NOT NULL, dense_layers INTEGER NOT NULL, hidden INTEGER NOT NULL, heads INTEGER NOT NULL,
    kv_heads INTEGER NOT NULL, head_dim INTEGER NOT NULL, ffn INTEGER, expert_ffn INTEGER, vocab INTEGER NOT NULL,
    experts INTEGER, experts_active INTEGER, shared_experts INTEGER, attention TEXT NOT NULL,
    kv_lora_rank INTEGER, rope_head_dim INTEGER, sliding_window INTEGER, sliding_layers INTEGER,
    source_id TEXT NOT NULL REFERENCES source(id), note TEXT);

CREATE TABLE measurement (
    chip_id TEXT NOT NULL REFERENCES chip(id), what TEXT NOT NULL, precision TEXT, value REAL NOT NULL,
    unit TEXT NOT NULL, conditions TEXT, measured_on TEXT, source_id TEXT NOT NULL REFERENCES source(id), note TEXT);
