-- Slots of the slot-system types (sorties d'audience): weekly templates, the bookable slots
-- with their seats, and the claims of periodic jobs.

-- A weekly template: "every Monday at 10:00 in this agenda, for this type, 3 seats, 60 min".
CREATE TABLE slot_templates (
    id uuid PRIMARY KEY,
    agenda_id uuid NOT NULL REFERENCES agendas (id) ON DELETE CASCADE,
    appointment_type_id uuid NOT NULL REFERENCES appointment_types (id),
    -- ISO weekday: 1 = Monday … 5 = Friday.
    week_day smallint NOT NULL CHECK (week_day BETWEEN 1 AND 5),
    local_time time NOT NULL,
    duration_min integer NOT NULL CHECK (duration_min BETWEEN 5 AND 480),
    capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 100),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    UNIQUE (agenda_id, appointment_type_id, week_day, local_time)
);

-- One bookable time. Its seats are taken and freed by conditional updates: the database
-- guarantees 0 <= used_capacity <= capacity whatever the concurrency.
-- Hundreds of thousands of rows are generated at once: only the agenda is checked by a foreign
-- key (a per-row trigger). The type is one of the fixed reference rows, and the application
-- detaches the slots it keeps when it deletes their template.
CREATE TABLE slots (
    id uuid PRIMARY KEY,
    agenda_id uuid NOT NULL REFERENCES agendas (id) ON DELETE CASCADE,
    appointment_type_id uuid NOT NULL,
    slot_template_id uuid,
    -- Local date and time at the place, and the instant they mean in its service's zone.
    local_date date NOT NULL,
    local_time time NOT NULL,
    starts_at timestamptz NOT NULL,
    duration_min integer NOT NULL CHECK (duration_min BETWEEN 5 AND 480),
    capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 100),
    used_capacity integer NOT NULL DEFAULT 0 CHECK (used_capacity >= 0 AND used_capacity <= capacity),
    -- Closed slots are offered no more; their appointments stay.
    open boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    UNIQUE (agenda_id, appointment_type_id, starts_at)
);
-- The unique key serves every lookup (slots are always read by agenda, then type and time);
-- no other index, so that six months of slots are written fast.

ALTER TABLE appointments
    ADD CONSTRAINT appointments_slot FOREIGN KEY (slot_id) REFERENCES slots (id);
CREATE INDEX appointments_slot ON appointments (slot_id) WHERE slot_id IS NOT NULL;

-- Periodic jobs claim their period here: N replicas run each (job, period) once.
CREATE TABLE job_runs (
    job text NOT NULL,
    period text NOT NULL,
    started_at timestamptz NOT NULL,
    finished_at timestamptz,
    report jsonb,
    PRIMARY KEY (job, period)
);
