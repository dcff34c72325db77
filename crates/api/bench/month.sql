-- After `msj slots generate`: two of the three seats of every sortie slot of the demo TJ Paris
-- booked by its BEX agent for bench probationers, so that the month view shows full rows.
SET client_min_messages = warning;
SET session_replication_role = replica;

WITH paris AS (
  SELECT s.id AS slot_id, s.agenda_id, a.place_id, s.starts_at, s.appointment_type_id,
         row_number() OVER (ORDER BY s.starts_at, s.id) AS n
  FROM slots s
  JOIN agendas a ON a.id = s.agenda_id
  JOIN places p ON p.id = a.place_id
  JOIN organizations o ON o.id = p.organization_id
  WHERE o.name = 'TJ Paris'
), people AS (
  SELECT id, row_number() OVER (ORDER BY id) AS n FROM convicts WHERE archived_at IS NULL LIMIT 20000
), bex AS (
  SELECT u.id, u.organization_id FROM users u JOIN organizations o ON o.id = u.organization_id
  WHERE o.name = 'TJ Paris' AND u.role = 'bex' LIMIT 1
)
INSERT INTO appointments (id, convict_id, appointment_type_id, place_id, agenda_id, starts_at,
                          duration_min, slot_id, state, creating_organization_id, created_by,
                          prosecutor_number, created_at, updated_at)
SELECT gen_random_uuid(), people.id, paris.appointment_type_id, paris.place_id, paris.agenda_id,
       paris.starts_at, 30, paris.slot_id, 'booked', bex.organization_id, bex.id,
       '26' || lpad((paris.n * 2 + seat)::text, 9, '0'), now(), now()
FROM paris CROSS JOIN generate_series(0, 1) AS seat CROSS JOIN bex
JOIN people ON people.n = (paris.n * 2 + seat) % 20000 + 1;

UPDATE slots s SET used_capacity = least(held.seats, s.capacity)
FROM (SELECT slot_id, count(*)::int AS seats FROM appointments WHERE slot_id IS NOT NULL GROUP BY slot_id) held
WHERE s.id = held.slot_id;

ANALYZE slots, appointments, slot_templates;
