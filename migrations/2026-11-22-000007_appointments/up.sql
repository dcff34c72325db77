-- Appointments ("convocations"), their SMS rows, the business history and the audit log.
CREATE TABLE appointments (
    id uuid PRIMARY KEY,
    convict_id uuid NOT NULL REFERENCES convicts (id) ON DELETE CASCADE,
    appointment_type_id uuid NOT NULL REFERENCES appointment_types (id),
    place_id uuid NOT NULL REFERENCES places (id),
    agenda_id uuid NOT NULL REFERENCES agendas (id),
    starts_at timestamptz NOT NULL,
    duration_min integer NOT NULL CHECK (duration_min BETWEEN 5 AND 480),
    -- Set only for slot-system types (the slots arrive with their own table).
    slot_id uuid,
    state text NOT NULL CHECK (state IN ('booked', 'fulfilled', 'no_show', 'excused', 'canceled')),
    assigned_agent_id uuid REFERENCES users (id) ON DELETE SET NULL,
    creating_organization_id uuid NOT NULL REFERENCES organizations (id),
    created_by uuid REFERENCES users (id) ON DELETE SET NULL,
    prosecutor_number text CHECK (char_length(prosecutor_number) <= 100),
    rescheduled_from_id uuid REFERENCES appointments (id) ON DELETE SET NULL,
    excuse_reason text CHECK (excuse_reason IN ('medical', 'work', 'family', 'court_legal', 'other')),
    excuse_comment text CHECK (char_length(excuse_comment) <= 500),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE INDEX appointments_convict ON appointments (convict_id, starts_at);
CREATE INDEX appointments_place ON appointments (place_id, starts_at);
CREATE INDEX appointments_creating_organization ON appointments (creating_organization_id, starts_at);
CREATE INDEX appointments_assigned_agent ON appointments (assigned_agent_id, starts_at) WHERE assigned_agent_id IS NOT NULL;
CREATE INDEX appointments_rescheduled_from ON appointments (rescheduled_from_id) WHERE rescheduled_from_id IS NOT NULL;

-- SMS of appointments. The SMS engine adds rendering, sending and receipts.
CREATE TABLE notifications (
    id uuid PRIMARY KEY,
    appointment_id uuid NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('summon', 'reminder', 'cancelation', 'no_show', 'reschedule')),
    state text NOT NULL CHECK (state IN ('created', 'programmed', 'sent', 'delivered', 'failed', 'canceled', 'unsent')),
    due_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE INDEX notifications_appointment ON notifications (appointment_id);
CREATE INDEX notifications_due ON notifications (due_at) WHERE state = 'created';
-- At most one pending reminder per appointment.
CREATE UNIQUE INDEX notifications_pending_reminder ON notifications (appointment_id)
    WHERE kind = 'reminder' AND state IN ('created', 'programmed');

-- The business history: append-only.
CREATE TABLE history_items (
    id uuid PRIMARY KEY,
    convict_id uuid NOT NULL REFERENCES convicts (id) ON DELETE CASCADE,
    appointment_id uuid REFERENCES appointments (id) ON DELETE CASCADE,
    category text NOT NULL CHECK (category IN ('appointment', 'notification', 'convict')),
    event text NOT NULL,
    content text NOT NULL,
    actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX history_items_convict ON history_items (convict_id, created_at DESC);
CREATE INDEX history_items_appointment ON history_items (appointment_id, created_at DESC) WHERE appointment_id IS NOT NULL;

CREATE FUNCTION history_items_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'history items are append-only';
END;
$$;
CREATE TRIGGER history_items_no_update BEFORE UPDATE ON history_items
    FOR EACH ROW EXECUTE FUNCTION history_items_append_only();

-- Who read or changed what (SPEC §6), kept one year.
CREATE TABLE audit_events (
    id uuid PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    actor_id uuid,
    real_actor_id uuid,
    organization_id uuid,
    ip text,
    action text NOT NULL,
    object_type text NOT NULL,
    object_id uuid
);
CREATE INDEX audit_events_occurred ON audit_events (occurred_at);
CREATE INDEX audit_events_actor ON audit_events (actor_id, occurred_at);
CREATE INDEX audit_events_object ON audit_events (object_id, occurred_at) WHERE object_id IS NOT NULL;
