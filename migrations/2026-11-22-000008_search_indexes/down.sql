DROP INDEX convicts_reversed_name_prefix;
DROP INDEX convicts_full_name_prefix;
ALTER TABLE convicts
    DROP COLUMN reversed_name_key,
    DROP COLUMN full_name_key;
