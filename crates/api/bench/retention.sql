-- Bench data for the retention jobs (`msj retention run`), on top of seed.sql: one
-- probationer in ten (not archived) made idle for two years (created, followed and convoked
-- two years earlier: archived by the run); the 3 % archived 30 days ago moved to 7 months ago
-- (deleted by the run with their convocations); 500 000 audit entries 13 to 24 months old
-- (purged by the run). Run with `psql -v ON_ERROR_STOP=1 -f`.
SET client_min_messages = warning;
SET work_mem = '256MB';

CREATE TEMPORARY TABLE bench_idle AS
SELECT id FROM convicts
WHERE opt_out_token LIKE 'bench-%' AND archived_at IS NULL
  AND substring(opt_out_token FROM 7)::integer % 10 = 1;

UPDATE convicts c SET created_at = now() - interval '2 years 1 month'
FROM bench_idle i WHERE c.id = i.id;
UPDATE appointments a SET starts_at = a.starts_at - interval '2 years',
                          created_at = a.created_at - interval '2 years'
FROM bench_idle i WHERE a.convict_id = i.id;

UPDATE convicts SET archived_at = now() - interval '7 months'
WHERE opt_out_token LIKE 'bench-%' AND archived_at IS NOT NULL;

INSERT INTO audit_events (id, occurred_at, action, object_type)
SELECT gen_random_uuid(), now() - interval '13 months' - (n % 330) * interval '1 day',
       'convict.read', 'convict'
FROM generate_series(1, 500000) AS n;

VACUUM (ANALYZE) convicts, appointments, audit_events;

SELECT (SELECT count(*) FROM bench_idle) AS idle,
       (SELECT count(*) FROM convicts WHERE archived_at < now() - interval '6 months') AS deletable,
       (SELECT count(*) FROM audit_events WHERE occurred_at < now() - interval '1 year') AS old_audit;
