CREATE INDEX appointments_place ON appointments (place_id, starts_at);
DROP INDEX appointments_place_list;
