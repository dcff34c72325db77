-- Transfers of a probationer between services ("dessaisissements"): the request of the
-- target service, and one answer per source service.
CREATE TABLE divestments (
    id uuid PRIMARY KEY,
    convict_id uuid NOT NULL REFERENCES convicts (id) ON DELETE CASCADE,
    -- The requesting (target) service.
    organization_id uuid NOT NULL REFERENCES organizations (id),
    -- The requesting agent.
    user_id uuid REFERENCES users (id) ON DELETE SET NULL,
    state text NOT NULL CHECK (state IN ('pending', 'accepted', 'auto_accepted', 'refused')),
    -- The town before a change of town created it (restored on refusal).
    previous_city_id uuid REFERENCES cities (id) ON DELETE SET NULL,
    decided_at timestamptz,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
-- At most one pending transfer per probationer, whatever the concurrency.
CREATE UNIQUE INDEX divestments_one_pending ON divestments (convict_id) WHERE state = 'pending';
CREATE INDEX divestments_organization ON divestments (organization_id, created_at);

CREATE TABLE organization_divestments (
    id uuid PRIMARY KEY,
    divestment_id uuid NOT NULL REFERENCES divestments (id) ON DELETE CASCADE,
    -- The source service that must release the probationer.
    organization_id uuid NOT NULL REFERENCES organizations (id),
    state text NOT NULL CHECK (state IN ('pending', 'accepted', 'auto_accepted', 'refused', 'ignored')),
    comment text CHECK (char_length(comment) <= 120),
    answered_by uuid REFERENCES users (id) ON DELETE SET NULL,
    decided_at timestamptz,
    last_reminder_at timestamptz,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    UNIQUE (divestment_id, organization_id)
);
CREATE INDEX organization_divestments_pending ON organization_divestments (organization_id) WHERE state = 'pending';
