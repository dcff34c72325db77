DROP TABLE contact_sharing;
DROP TABLE portal_sms;
DROP TABLE portal_refresh_tokens;
DROP TABLE portal_codes;
DROP TABLE portal_accounts;
