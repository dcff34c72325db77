-- Administration operations: deactivated agents and audited impersonation (SPEC §6, §11).

-- A deactivated agent cannot sign in, and their sessions stop at once; an administrator may
-- reactivate them (NULL: active).
ALTER TABLE users ADD COLUMN deactivated_at timestamptz;
COMMENT ON COLUMN users.deactivated_at IS 'When the agent was deactivated (NULL: active); a deactivated agent cannot sign in.';

-- « Se connecter en tant que cet agent »: a central administrator acts as an agent. Each
-- access token issued during it names its row (claim `imp`), and every request checks that
-- the row is still open, so that stopping ends it at once.
CREATE TABLE impersonations (
    id uuid PRIMARY KEY,
    -- The central administrator (the audit log's real actor).
    admin_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- The agent being acted as (the audit log's actor).
    agent_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- The administrator's own session (refresh-token family) it belongs to: refreshing that
    -- session keeps the impersonation until it is stopped; NULL for a token without session.
    session_id uuid,
    started_at timestamptz NOT NULL,
    -- When it was stopped (by the administrator, the end of the session or a deactivation).
    ended_at timestamptz,
    CHECK (admin_id <> agent_id)
);
COMMENT ON TABLE impersonations IS 'Central administrators acting as an agent (audited; actions recorded with the real actor).';

-- At most one open impersonation per administrator's session.
CREATE UNIQUE INDEX impersonations_open_session ON impersonations (session_id)
    WHERE ended_at IS NULL AND session_id IS NOT NULL;
CREATE INDEX impersonations_open_agent ON impersonations (agent_id) WHERE ended_at IS NULL;
CREATE INDEX impersonations_open_admin ON impersonations (admin_id) WHERE ended_at IS NULL;
