DROP TABLE sms_outbox;
ALTER TABLE organizations DROP COLUMN sms_sender;
DROP INDEX appointments_convict;
CREATE INDEX appointments_convict ON appointments (convict_id, starts_at);
DROP INDEX notifications_claimable;
CREATE INDEX notifications_due ON notifications (due_at) WHERE state = 'created';
ALTER TABLE notifications
    DROP COLUMN attempts,
    DROP COLUMN lease_until,
    DROP COLUMN content,
    DROP COLUMN external_id,
    DROP COLUMN response_code,
    DROP COLUMN target_phone,
    DROP COLUMN unsent_reason,
    DROP COLUMN sent_at,
    DROP COLUMN receipt_at;
