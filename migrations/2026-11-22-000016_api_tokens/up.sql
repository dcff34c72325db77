-- Integrator API tokens (SPEC §8) and the stored answers of `Idempotency-Key` requests.

-- Each token acts through a technical account: the token's role in the token's service, no
-- password, never listed among agents nor able to sign in. It is the audit log's actor and the
-- `created_by` of what the token creates.
ALTER TABLE users ADD COLUMN api_client boolean NOT NULL DEFAULT false;

CREATE TABLE api_tokens (
    id uuid PRIMARY KEY,
    -- The technical account (role and service of the token).
    user_id uuid NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    name text NOT NULL CHECK (btrim(name) <> '' AND char_length(name) <= 100),
    -- The first characters of the secret, to recognise it (not enough to use it).
    prefix text NOT NULL,
    -- SHA-256 of the secret; the secret itself is shown once and never stored.
    token_hash bytea NOT NULL UNIQUE,
    scopes text[] NOT NULL CHECK (cardinality(scopes) > 0),
    created_by uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz,
    -- Updated at most once a minute.
    last_used_at timestamptz,
    revoked_at timestamptz
);
CREATE INDEX api_tokens_created_at ON api_tokens (created_at DESC, id DESC);

-- One row per (caller, key): claimed before the request runs (`status` NULL while it runs),
-- then the answer to replay for 24 hours.
CREATE TABLE idempotency_keys (
    -- The user (agent or token account) who sent it; no foreign key: a key outlives its
    -- caller by at most 24 hours.
    caller_id uuid NOT NULL,
    idempotency_key text NOT NULL,
    method text NOT NULL,
    path text NOT NULL,
    -- SHA-256 of the request body.
    fingerprint bytea NOT NULL,
    status smallint,
    response_body bytea,
    -- [[name, value], …] of the answer's headers worth replaying (content type, location).
    response_headers jsonb NOT NULL DEFAULT '[]',
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    PRIMARY KEY (caller_id, idempotency_key)
);
CREATE INDEX idempotency_keys_expires_at ON idempotency_keys (expires_at);
