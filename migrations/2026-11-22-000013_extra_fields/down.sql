DROP TABLE appointment_extra_fields;
DROP TABLE extra_field_types;
DROP TABLE extra_fields;
