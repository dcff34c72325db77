-- Public pages (SPEC §7): what a person needs to prepare a convocation at a place, and the
-- reinsertion resources of each département (« Investir ma réinsertion »).

ALTER TABLE places
    ADD COLUMN access_info text CHECK (char_length(access_info) <= 1000),
    ADD COLUMN opening_hours text CHECK (char_length(opening_hours) <= 500),
    ADD COLUMN what_to_bring text CHECK (char_length(what_to_bring) <= 1000);

CREATE TABLE reinsertion_resources (
    id uuid PRIMARY KEY,
    -- The service whose local admins keep it.
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    -- INSEE code of the département: 01…95, 2A, 2B, 971…988.
    departement text NOT NULL CHECK (departement ~ '^([0-9]{2}|2[AB]|9[78][0-9])$'),
    category text NOT NULL CHECK (category IN ('emploi', 'formation', 'logement', 'sante',
        'addictions', 'droits', 'autre')),
    title text NOT NULL CHECK (btrim(title) <> '' AND char_length(title) <= 150),
    description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 2000),
    url text CHECK (char_length(url) <= 500),
    phone text CHECK (char_length(phone) <= 30),
    address text CHECK (char_length(address) <= 300),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reinsertion_resources_departement ON reinsertion_resources (departement, category, title);
CREATE INDEX reinsertion_resources_organization ON reinsertion_resources (organization_id);
