-- SMS templates edited by admins. The texts shipped with MSJ apply when no row says
-- otherwise: a national row (organization_id NULL) replaces them for every service, a
-- service's row replaces the national text (« Personnalisé ») or only its reminder delay.
CREATE TABLE notification_templates (
    appointment_type_id uuid NOT NULL REFERENCES appointment_types (id),
    organization_id uuid REFERENCES organizations (id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('summon', 'reminder', 'cancelation', 'no_show', 'reschedule')),
    -- NULL: follows the national text.
    template text CHECK (char_length(template) BETWEEN 1 AND 1000),
    -- NULL: follows the national delay (2 days by default).
    reminder_days smallint CHECK (reminder_days IN (1, 2)),
    updated_at timestamptz NOT NULL,
    updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
    UNIQUE NULLS NOT DISTINCT (organization_id, appointment_type_id, kind)
);
