DROP TABLE alert_reads;
DROP TABLE alerts;
DROP INDEX convicts_archived;
