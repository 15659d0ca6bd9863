-- Compute Atlas schema, version 7: the systems that are bought and deployed (issue 17).
--
-- system: an eight-GPU server (HGX/DGX, an MI300X/MI355X platform), a rack (GB200/GB300 NVL72, Vera Rubin,
-- Rubin Ultra, AMD Helios), an UltraServer (Trn2, Trn3) or a TPU pod, with the accelerators it holds and how they
-- are joined:
--   accelerators        accelerator packages in one system (NVIDIA's "NVL144" counts dies: 72 packages)
--   scaleup_domain      accelerators in one scale-up domain (NVLink, ICI, NeuronLink, UALink)
--   scaleup_bandwidth   B/s per accelerator inside that domain, as the vendor states it
--   scaleout_bandwidth  B/s per accelerator to the rest of the cluster (InfiniBand, Ethernet, EFA, DCN)
--   power_w             the system's IT power in W (host, network and fans included; no facility overhead),
--                       with power_basis (official, reported, estimate, derived, projected)
--   price_usd           the system's price where one is reported, with price_basis, price_on and
--                       price_source_id (a price usually comes from another source than the specification)
-- Figures a source does not give stay empty; the economics then falls back to the chip's TDP and says so.

CREATE TABLE system (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, chip_id TEXT NOT NULL REFERENCES chip(id),
    accelerators INTEGER NOT NULL, scaleup_domain INTEGER, scaleup_bandwidth REAL, scaleout_bandwidth REAL,
    power_w REAL, power_basis TEXT, price_usd REAL, price_basis TEXT, price_on TEXT,
    price_source_id TEXT REFERENCES source(id), available TEXT, status TEXT NOT NULL, claimed_on TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES source(id), note TEXT);
CREATE INDEX system_chip ON system(chip_id);
