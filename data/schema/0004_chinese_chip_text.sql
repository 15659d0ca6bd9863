-- Compute Atlas schema, version 4 (issue 10): the Chinese text of what users read about a chip, so a Chinese
-- interface shows "GB200（每顆 GPU，NVL72）" and "台積電 4NP" instead of English. Names are required like a
-- company's; a process in Chinese wherever there is one in English, and a projection's method in Chinese for
-- every projected claim (the validator checks both). Rows of older user databases get empty names and show the
-- English ones.
ALTER TABLE chip ADD COLUMN name_zh_hant TEXT NOT NULL DEFAULT '';
ALTER TABLE chip ADD COLUMN name_zh_hans TEXT NOT NULL DEFAULT '';
ALTER TABLE chip ADD COLUMN process_node_zh_hant TEXT;
ALTER TABLE chip ADD COLUMN process_node_zh_hans TEXT;
ALTER TABLE spec_claim ADD COLUMN note_zh_hant TEXT;
ALTER TABLE spec_claim ADD COLUMN note_zh_hans TEXT;
