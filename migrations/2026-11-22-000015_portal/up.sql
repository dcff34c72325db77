-- The probationer portal (SPEC §7).

-- A probationer's portal: the invitations sent (at most 2) and the first sign-in.
CREATE TABLE portal_accounts (
    convict_id uuid PRIMARY KEY REFERENCES convicts (id) ON DELETE CASCADE,
    invitations integer NOT NULL DEFAULT 0 CHECK (invitations BETWEEN 0 AND 2),
    last_invited_at timestamptz,
    activated_at timestamptz
);

-- One-time sign-in codes. Unknown numbers get rows too (convict_id NULL, a digest that matches
-- no code), so that the rules and the answers are the same for every number.
CREATE TABLE portal_codes (
    id uuid PRIMARY KEY,
    -- SHA-256 of the E.164 number: unknown numbers are not kept in clear.
    phone_digest bytea NOT NULL,
    convict_id uuid REFERENCES convicts (id) ON DELETE CASCADE,
    code_digest bytea NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    consumed_at timestamptz,
    created_at timestamptz NOT NULL
);
CREATE INDEX portal_codes_phone ON portal_codes (phone_digest, created_at DESC);

-- Rotating refresh tokens of probationer sessions (30 days on the device).
CREATE TABLE portal_refresh_tokens (
    id uuid PRIMARY KEY,
    convict_id uuid NOT NULL REFERENCES convicts (id) ON DELETE CASCADE,
    family_id uuid NOT NULL,
    token_hash bytea NOT NULL UNIQUE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    replaced_at timestamptz,
    revoked_at timestamptz
);
CREATE INDEX portal_refresh_tokens_family ON portal_refresh_tokens (family_id);

-- The portal's transactional SMS (invitation, sign-in code), sent at once by the SMS worker.
CREATE TABLE portal_sms (
    id uuid PRIMARY KEY,
    convict_id uuid NOT NULL REFERENCES convicts (id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('portal_invitation', 'portal_code')),
    destination text NOT NULL,
    sender text NOT NULL,
    -- Cleared once a sign-in code went out.
    content text,
    state text NOT NULL DEFAULT 'created' CHECK (state IN ('created', 'programmed', 'sent', 'failed')),
    attempts integer NOT NULL DEFAULT 0,
    lease_until timestamptz,
    external_id text,
    response_code text,
    created_at timestamptz NOT NULL,
    sent_at timestamptz
);
CREATE INDEX portal_sms_claimable ON portal_sms (created_at) WHERE state IN ('created', 'programmed');

-- What an agent shows of themself to the probationers they follow.
CREATE TABLE contact_sharing (
    user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    share_phone boolean NOT NULL DEFAULT false,
    share_email boolean NOT NULL DEFAULT false,
    updated_at timestamptz NOT NULL
);
