-- Slot templates for `just bench`: 230 courts, 3 agendas each, 40 weekly templates per agenda
-- (Monday to Friday, 8 times), i.e. 27 600 templates for `msj slots generate` to expand over
-- six months; plus 40 templates on the demo TJ Paris agenda, whose month view is measured.
-- Run with `psql -v ON_ERROR_STOP=1 -f`, after `msj seed --demo`.
SET client_min_messages = warning;

INSERT INTO organizations (id, name, kind, territory, time_zone)
SELECT md5('bench court ' || n)::uuid, 'TJ banc ' || n, 'tj', 'metropole', 'Europe/Paris'
FROM generate_series(1, 230) AS n
ON CONFLICT DO NOTHING;

INSERT INTO places (id, organization_id, name, address, code)
SELECT md5('bench place ' || n)::uuid, md5('bench court ' || n)::uuid, 'Tribunal banc ' || n,
       n || ' rue du Palais', 'banc-' || n
FROM generate_series(1, 230) AS n
ON CONFLICT DO NOTHING;

INSERT INTO place_appointment_types (place_id, appointment_type_id)
SELECT md5('bench place ' || n)::uuid, t.id
FROM generate_series(1, 230) AS n, appointment_types t
WHERE t.key = 'sortie_audience_sap'
ON CONFLICT DO NOTHING;

INSERT INTO agendas (id, place_id, name)
SELECT md5('bench agenda ' || n || '/' || a)::uuid, md5('bench place ' || n)::uuid, 'Cabinet ' || a
FROM generate_series(1, 230) AS n, generate_series(1, 3) AS a
ON CONFLICT DO NOTHING;

-- 5 weekdays × 8 times between 09:00 and 16:30.
CREATE TEMPORARY TABLE bench_times AS
SELECT t::time AS local_time
FROM unnest(ARRAY['09:00', '09:30', '10:00', '10:30', '14:00', '14:30', '15:00', '16:30']) AS t;

INSERT INTO slot_templates (id, agenda_id, appointment_type_id, week_day, local_time, duration_min,
                            capacity, created_at, updated_at)
SELECT gen_random_uuid(), ag.id, t.id, d, bt.local_time, 30, 3, now(), now()
FROM agendas ag
JOIN places p ON p.id = ag.place_id
JOIN appointment_types t ON t.key = 'sortie_audience_sap'
CROSS JOIN generate_series(1, 5) AS d
CROSS JOIN bench_times bt
WHERE p.code LIKE 'banc-%'
   OR ag.id = (SELECT a.id FROM agendas a JOIN places pp ON pp.id = a.place_id
               JOIN organizations o ON o.id = pp.organization_id
               WHERE o.name = 'TJ Paris' ORDER BY a.name LIMIT 1)
ON CONFLICT DO NOTHING;

SELECT count(*) AS templates FROM slot_templates;
