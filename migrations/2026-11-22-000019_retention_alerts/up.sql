-- Data retention (SPEC §9) and broadcast alerts to agents.

-- The daily deletion looks for records archived more than six months ago.
CREATE INDEX convicts_archived ON convicts (archived_at) WHERE archived_at IS NOT NULL;

-- A message from the central admin shown at the top of the agent application.
CREATE TABLE alerts (
    id uuid PRIMARY KEY,
    title text NOT NULL CHECK (btrim(title) <> '' AND char_length(title) <= 120),
    body text NOT NULL CHECK (btrim(body) <> '' AND char_length(body) <= 1000),
    -- DSFR look: fr-alert--info, --success or --warning.
    kind text NOT NULL CHECK (kind IN ('info', 'success', 'warning')),
    -- The service whose agents see it; NULL: every service.
    organization_id uuid REFERENCES organizations (id) ON DELETE CASCADE,
    -- The role (key) whose agents see it; NULL: every role.
    role text,
    created_by uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
COMMENT ON TABLE alerts IS 'Broadcast alerts to the agents of a service and/or a role.';
COMMENT ON COLUMN alerts.organization_id IS 'Target service; NULL for every service.';
COMMENT ON COLUMN alerts.role IS 'Target role key; NULL for every role.';
CREATE INDEX alerts_created ON alerts (created_at DESC);

-- Which agent has read which alert (once each).
CREATE TABLE alert_reads (
    alert_id uuid NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    read_at timestamptz NOT NULL,
    PRIMARY KEY (user_id, alert_id)
);
COMMENT ON TABLE alert_reads IS 'Alerts each agent marked read.';
