DROP TABLE reinsertion_resources;
ALTER TABLE places
    DROP COLUMN access_info,
    DROP COLUMN opening_hours,
    DROP COLUMN what_to_bring;
