-- What the load of `just bench` asks, drawn from the seeded data (after seed.sql). oha reads
-- the `q` and dates as URLs, pgbench the same rows with the keys and patterns the API derives
-- from them (msj_domain::convicts::SearchQuery), so both run the same searches.
SET client_min_messages = warning;
DROP TABLE IF EXISTS bench_search_terms, bench_agenda_days;

-- Probationer searches, one in four of each kind by n mod 4:
--   0, 1: the start of a last name, 3 to 5 letters, typed in capitals, lower case or
--         capitalised (« DUP », « lefè », « Marti »);
--   2:    a full name with its accents, last first, first last, the last name alone, or the
--         first name cut short (« dupré élodie », « Élodie Dupré », « Lefèvre », « martin jea »);
--   3:    a fragment of a mobile number, 5 to 8 digits, in three spellings (« 06 39 98 »,
--         « +33639 », « 0639-98 »).
-- Names and numbers come from random probationers, so frequent names are searched more.
CREATE TABLE bench_search_terms (
    n integer PRIMARY KEY,
    kind text NOT NULL,
    q text NOT NULL,
    -- LIKE patterns of ConvictFilter (NULL: that part of the search is off).
    name_pattern text,
    phone_pattern text,
    appi_pattern text
);

WITH picked AS (
    SELECT n, c.last_name, c.first_name, c.phone,
           (n::bigint * 2246822519) % 4294967291 AS h
    FROM generate_series(0, 1999) AS n
    -- A random probationer of seed.sql with a phone (number i, i mod 10 <> 0).
    CROSS JOIN LATERAL (
        SELECT last_name, first_name, phone FROM convicts
        WHERE id = ('01900000-0000-7000-8000-'
                    || lpad(to_hex(((n::bigint * 2654435761) % 25000) * 10 + 1 + n % 9), 12, '0'))::uuid
    ) AS c
),
typed AS (
    SELECT n, h, phone,
           CASE n % 4
             WHEN 0 THEN 'prefix' WHEN 1 THEN 'prefix' WHEN 2 THEN 'name' ELSE 'phone'
           END AS kind,
           CASE
             WHEN n % 4 IN (0, 1) THEN (
               SELECT CASE h % 3 WHEN 0 THEN p WHEN 1 THEN lower(p) ELSE initcap(p) END
               FROM (SELECT substring(last_name FROM '^((?:[^[:alpha:]]*[[:alpha:]]){1,' || 3 + h % 3 || '})') AS p) AS s)
             WHEN n % 4 = 2 THEN CASE h % 4
               WHEN 0 THEN lower(last_name || ' ' || first_name)
               WHEN 1 THEN initcap(last_name) || ' ' || first_name
               WHEN 2 THEN first_name || ' ' || initcap(last_name)
               ELSE lower(last_name) || ' ' || lower(left(first_name, 3))
             END
           END AS q
    FROM picked
),
-- Phone fragments: k significant digits after the 0 (or +33).
phones AS (
    SELECT n, h, substr(phone, 4) AS s, (4 + h % 4)::integer AS k FROM typed WHERE kind = 'phone'
)
INSERT INTO bench_search_terms (n, kind, q)
SELECT n, kind, q FROM typed WHERE kind <> 'phone'
UNION ALL
SELECT n, 'phone',
       CASE
         -- National spellings of a number in an overseas block would search overseas
         -- (+262 639…): spell those internationally.
         WHEN h % 3 = 1 OR (left(s, 3) IN ('639', '690', '691', '692', '693', '694', '696', '697')
                            AND left(s, 5) <> '63998') OR left(s, 1) <> '6'
           THEN '+33' || left(s, k)
         WHEN h % 3 = 0 THEN btrim(regexp_replace('0' || left(s, k), '(..)', '\1 ', 'g'))
         ELSE '0' || left(s, 3) || '-' || btrim(regexp_replace(substr(s, 4, k - 3), '(..)', '\1-', 'g'), '-')
       END
FROM phones;

-- The examples of the issue, as typed.
UPDATE bench_search_terms SET q = '06 39 98' WHERE n = 3;
UPDATE bench_search_terms SET q = '+33639' WHERE n = 7;
UPDATE bench_search_terms SET q = '0639-98' WHERE n = 11;
UPDATE bench_search_terms SET q = 'dupré élodie' WHERE n = 2;
UPDATE bench_search_terms SET q = 'Lefèvre' WHERE n = 6;

-- What SearchQuery::parse derives: a name key when there are letters (lower case, accents
-- off, hyphens and apostrophes as spaces, spaces collapsed), a phone prefix otherwise
-- (+33 for a leading 0), an APPI prefix when the compact text is alphanumeric and starts with
-- a digit; then ConvictFilter's LIKE patterns (no %, _ or \ can occur here).
UPDATE bench_search_terms SET
    name_pattern = CASE WHEN kind <> 'phone'
        THEN regexp_replace(btrim(msj_search_key(q)), '\s+', ' ', 'g') || '%' END,
    phone_pattern = CASE WHEN kind = 'phone' THEN
        CASE WHEN q LIKE '+%' THEN '+' || regexp_replace(q, '[^0-9]', '', 'g')
             ELSE '+33' || substr(regexp_replace(q, '[^0-9]', '', 'g'), 2) END || '%' END,
    appi_pattern = CASE WHEN kind = 'phone' AND replace(q, ' ', '') ~ '^[0-9][0-9A-Za-z]{2,}$'
        THEN upper(replace(q, ' ', '')) || '%' END;

-- Agenda lists of the CPIP of SPIP 75: 60 % one weekday, 40 % a week (Monday to Friday),
-- within four weeks of today; the API's instants are local midnights of its time zone.
CREATE TABLE bench_agenda_days (
    n integer PRIMARY KEY,
    from_day date NOT NULL,
    to_day date NOT NULL,
    from_at timestamptz NOT NULL,
    until_at timestamptz NOT NULL
);
INSERT INTO bench_agenda_days (n, from_day, to_day, from_at, until_at)
SELECT n, d.from_day, d.to_day,
       d.from_day::timestamp AT TIME ZONE 'Europe/Paris',
       (d.to_day + 1)::timestamp AT TIME ZONE 'Europe/Paris'
FROM generate_series(0, 199) AS n
CROSS JOIN LATERAL (
    SELECT date_trunc('week', current_date)::date + 7 * ((n * 7919) % 9 - 4) AS monday
) AS w
CROSS JOIN LATERAL (
    SELECT CASE WHEN n % 5 < 3 THEN w.monday + (n * 31) % 5 ELSE w.monday END AS from_day,
           CASE WHEN n % 5 < 3 THEN w.monday + (n * 31) % 5 ELSE w.monday + 4 END AS to_day
) AS d;

ANALYZE bench_search_terms, bench_agenda_days;
