DROP TABLE idempotency_keys;
DROP TABLE api_tokens;
DELETE FROM users WHERE api_client;
ALTER TABLE users DROP COLUMN api_client;
