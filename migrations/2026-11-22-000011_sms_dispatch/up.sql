-- Sending SMS: the outbox columns of notifications, the sender name of each service, and the
-- development gateway's mailbox.
ALTER TABLE notifications
    ADD COLUMN attempts integer NOT NULL DEFAULT 0,
    -- A worker holds a claimed row until then; past it, another worker may take it again.
    ADD COLUMN lease_until timestamptz,
    -- The text as sent (rendered from the current template when claimed).
    ADD COLUMN content text,
    ADD COLUMN external_id text,
    ADD COLUMN response_code text,
    ADD COLUMN target_phone text,
    ADD COLUMN unsent_reason text
        CHECK (unsent_reason IN ('cannot_receive_sms', 'wrong_state', 'too_late', 'rate_limited')),
    ADD COLUMN sent_at timestamptz,
    ADD COLUMN receipt_at timestamptz;
DROP INDEX notifications_due;
CREATE INDEX notifications_claimable ON notifications (due_at) WHERE state IN ('created', 'programmed');
-- The daily cap counts a probationer's recent SMS through their appointments' ids, read from
-- the index alone.
DROP INDEX appointments_convict;
CREATE INDEX appointments_convict ON appointments (convict_id, starts_at) INCLUDE (id);

ALTER TABLE organizations
    ADD COLUMN sms_sender text NOT NULL DEFAULT 'MSJ' CHECK (sms_sender ~ '^[A-Za-z0-9 ]{1,11}$');

-- Messages accepted by the development gateway (never sent to a phone).
CREATE TABLE sms_outbox (
    client_reference uuid PRIMARY KEY,
    destination text NOT NULL,
    sender text NOT NULL,
    message text NOT NULL,
    accepted_at timestamptz NOT NULL
);
