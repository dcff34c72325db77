-- Extra columns a TJ adds to its sorties d'audience (at most 4 per type), and their values.
CREATE TABLE extra_fields (
    id uuid PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name text NOT NULL CHECK (btrim(name) <> '' AND char_length(name) <= 60),
    data_type text NOT NULL CHECK (data_type IN ('text', 'date')),
    -- Asked in the booking form, or filled later in the month views.
    scope text NOT NULL CHECK (scope IN ('appointment_create', 'appointment_update')),
    created_at timestamptz NOT NULL,
    UNIQUE (organization_id, name)
);

CREATE TABLE extra_field_types (
    extra_field_id uuid NOT NULL REFERENCES extra_fields (id) ON DELETE CASCADE,
    appointment_type_id uuid NOT NULL REFERENCES appointment_types (id),
    PRIMARY KEY (extra_field_id, appointment_type_id)
);

CREATE TABLE appointment_extra_fields (
    appointment_id uuid NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,
    extra_field_id uuid NOT NULL REFERENCES extra_fields (id) ON DELETE CASCADE,
    value text NOT NULL CHECK (char_length(value) <= 200),
    updated_at timestamptz NOT NULL,
    updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
    PRIMARY KEY (appointment_id, extra_field_id)
);
CREATE INDEX appointment_extra_fields_field ON appointment_extra_fields (extra_field_id);
