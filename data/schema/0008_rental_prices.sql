-- Compute Atlas schema, version 8: public on-demand rental prices per accelerator-hour (issue 17).
--
-- rental_price: one offer on a cloud's public price list, dated and sourced:
--   provider                  the cloud selling it: a company id (coreweave, lambda, google)
--   offer                     the instance or slice as the price list names it
--   chip_id, system_id        the accelerator rented, and the system it comes in where the dataset has it
--   accelerators              accelerators in one instance or slice
--   instance_usd_per_hour     the listed price of the whole instance, where the list prices instances
--   usd_per_accelerator_hour  the price per accelerator-hour: the instance price / accelerators, or the list's own
--                             per-accelerator price (the division is checked and written in the note)
--   region, as_of             where the price applies and the date it was read or published
-- On-demand list prices only: no reservations, spot or negotiated rates.

CREATE TABLE rental_price (
    id TEXT PRIMARY KEY, provider TEXT NOT NULL REFERENCES company(id), offer TEXT NOT NULL, chip_id TEXT NOT NULL REFERENCES chip(id),
    system_id TEXT REFERENCES system(id), accelerators INTEGER NOT NULL, instance_usd_per_hour REAL,
    usd_per_accelerator_hour REAL NOT NULL, region TEXT, as_of TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES source(id), note TEXT);
CREATE INDEX rental_price_chip ON rental_price(chip_id);
