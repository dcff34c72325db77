DROP TABLE job_runs;
DROP INDEX appointments_slot;
ALTER TABLE appointments DROP CONSTRAINT appointments_slot;
DROP TABLE slots;
DROP TABLE slot_templates;
