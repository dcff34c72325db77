-- Probationer search without computing search keys at query time.
--
-- msj_search_key() costs ~4 µs a call (unaccent's dictionary). The search matched four
-- expressions (last name, first name, "last first", "first last"), two of them without an
-- index, so every query read the whole table: 1.4 s for « dup » among 250 000 probationers.
-- The keys are now stored, and two indexes serve the whole search:
--   * a name key starting with a prefix also starts "last first" (resp. "first last"), so
--     "last first" LIKE p OR "first last" LIKE p matches exactly what the four did;
--   * last_name_key ranks last-name matches first without recomputing anything.
ALTER TABLE convicts
    ADD COLUMN last_name_key text NOT NULL
        GENERATED ALWAYS AS (msj_search_key(last_name)) STORED,
    ADD COLUMN full_name_key text NOT NULL
        GENERATED ALWAYS AS (msj_search_key(last_name || ' ' || first_name)) STORED,
    ADD COLUMN reversed_name_key text NOT NULL
        GENERATED ALWAYS AS (msj_search_key(first_name || ' ' || last_name)) STORED;

CREATE INDEX convicts_full_name_prefix ON convicts (full_name_key text_pattern_ops);
CREATE INDEX convicts_reversed_name_prefix ON convicts (reversed_name_key text_pattern_ops);
