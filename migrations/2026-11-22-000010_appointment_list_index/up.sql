-- The appointment list of a service reads its places' appointments of a period: this index
-- answers the count and the page's ids without visiting the table.
CREATE INDEX appointments_place_list ON appointments (place_id, starts_at, id)
    INCLUDE (state, appointment_type_id, agenda_id);
DROP INDEX appointments_place;
