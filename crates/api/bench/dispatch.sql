-- 20 000 summons due now for the dispatch bench: one per probationer who can receive SMS,
-- on a booked appointment more than a day ahead (so that every guard lets it go). The services
-- lose their quiet hours, so that the bench measures sending at whatever hour it runs.
UPDATE organizations SET quiet_hours_start = '00:00', quiet_hours_end = '00:00';
INSERT INTO notifications (id, appointment_id, kind, state, due_at, created_at, updated_at)
SELECT gen_random_uuid(), a.id, 'summon', 'created', now() - interval '1 minute', now(), now()
FROM (
    SELECT DISTINCT ON (a.convict_id) a.id
    FROM appointments a
    JOIN convicts c ON c.id = a.convict_id
    WHERE a.state = 'booked' AND a.starts_at > now() + interval '1 day'
      AND c.phone IS NOT NULL AND NOT c.no_phone AND NOT c.refused_phone
    ORDER BY a.convict_id, a.starts_at
    LIMIT 20000
) a;
ANALYZE notifications;
