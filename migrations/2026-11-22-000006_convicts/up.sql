-- Probationers ("convicts") and the services that follow them.
CREATE TABLE convicts (
    id uuid PRIMARY KEY,
    first_name text NOT NULL CHECK (btrim(first_name) <> ''),
    last_name text NOT NULL CHECK (btrim(last_name) <> ''),
    date_of_birth date NOT NULL,
    -- E.164; NULL when the person has no mobile phone or refuses SMS.
    phone text CHECK (phone ~ '^\+[1-9][0-9]{7,14}$'),
    no_phone boolean NOT NULL DEFAULT false,
    refused_phone boolean NOT NULL DEFAULT false,
    appi_number text,
    city_id uuid REFERENCES cities (id) ON DELETE SET NULL,
    homeless boolean NOT NULL DEFAULT false,
    lives_abroad boolean NOT NULL DEFAULT false,
    japat boolean NOT NULL DEFAULT false,
    referent_id uuid REFERENCES users (id) ON DELETE SET NULL,
    creating_organization_id uuid REFERENCES organizations (id) ON DELETE SET NULL,
    created_by uuid REFERENCES users (id) ON DELETE SET NULL,
    -- Token of the STOP SMS link.
    opt_out_token text NOT NULL UNIQUE,
    archived_at timestamptz,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX convicts_phone ON convicts (phone) WHERE phone IS NOT NULL;
CREATE UNIQUE INDEX convicts_appi_number ON convicts (appi_number) WHERE appi_number IS NOT NULL;
-- Prefix search on names, and the trigram similarity of duplicate detection.
CREATE INDEX convicts_last_name_key ON convicts (msj_search_key(last_name) text_pattern_ops);
CREATE INDEX convicts_first_name_key ON convicts (msj_search_key(first_name) text_pattern_ops);
CREATE INDEX convicts_full_name_trgm ON convicts USING gin (msj_search_key(last_name || ' ' || first_name) gin_trgm_ops);
CREATE INDEX convicts_birth ON convicts (date_of_birth);
CREATE INDEX convicts_phone_prefix ON convicts (phone text_pattern_ops) WHERE phone IS NOT NULL;
CREATE INDEX convicts_appi_prefix ON convicts (appi_number text_pattern_ops) WHERE appi_number IS NOT NULL;

CREATE TABLE convict_organizations (
    convict_id uuid NOT NULL REFERENCES convicts (id) ON DELETE CASCADE,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (convict_id, organization_id)
);
CREATE INDEX convict_organizations_organization ON convict_organizations (organization_id);
