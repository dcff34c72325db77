DROP TABLE place_appointment_types;
DROP TABLE appointment_types;
DROP TABLE agendas;
DROP TABLE places;
DROP TABLE organization_links;
DROP TABLE organizations;
DROP TABLE headquarters;
