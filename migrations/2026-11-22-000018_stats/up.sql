-- Monthly statistics (features §2.11), rebuilt by the periodic job `stats.refresh`: one row
-- per service, month, appointment type, place and agent. The statistics pages add rows up.
CREATE TABLE stats_monthly (
    -- The service of the place.
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    -- First day of the month of the appointment, in the service's time zone.
    month date NOT NULL,
    appointment_type_id uuid NOT NULL REFERENCES appointment_types (id),
    place_id uuid NOT NULL REFERENCES places (id) ON DELETE CASCADE,
    -- The appointment's agent (référent); NULL when none is assigned.
    agent_id uuid REFERENCES users (id) ON DELETE SET NULL,
    -- Appointments not canceled.
    convocations bigint NOT NULL,
    canceled bigint NOT NULL,
    fulfilled bigint NOT NULL,
    no_show bigint NOT NULL,
    excused bigint NOT NULL,
    -- Past appointments still `booked` at the time of the refresh.
    unknown bigint NOT NULL,
    -- Sum over the convocations of (start − booking), in seconds.
    delay_seconds bigint NOT NULL,
    -- Sorties d'audience with a legal delay, and those within it.
    legal_total bigint NOT NULL,
    legal_within bigint NOT NULL,
    -- SMS of these appointments: handed to the gateway, delivered, failed, not sent because
    -- the person has no phone or refuses SMS.
    sms_sent bigint NOT NULL,
    sms_delivered bigint NOT NULL,
    sms_failed bigint NOT NULL,
    sms_opted_out bigint NOT NULL
);
CREATE INDEX stats_monthly_month ON stats_monthly (month);
CREATE INDEX stats_monthly_organization ON stats_monthly (organization_id, month);

-- When `stats_monthly` was last rebuilt (one row).
CREATE TABLE stats_refreshes (
    id boolean PRIMARY KEY DEFAULT true CHECK (id),
    -- The instant the figures describe (unknown statuses are counted up to it).
    refreshed_at timestamptz NOT NULL
);
