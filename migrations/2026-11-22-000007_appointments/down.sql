DROP TABLE audit_events;
DROP TRIGGER history_items_no_update ON history_items;
DROP FUNCTION history_items_append_only();
DROP TABLE history_items;
DROP TABLE notifications;
DROP TABLE appointments;
