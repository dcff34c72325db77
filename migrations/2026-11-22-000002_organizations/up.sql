-- Services (SPIP and TJ), their headquarters and links, places, agendas and appointment types.

CREATE TABLE headquarters (
    id uuid PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (btrim(name) <> ''),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE organizations (
    id uuid PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (btrim(name) <> ''),
    kind text NOT NULL CHECK (kind IN ('spip', 'tj')),
    territory text NOT NULL CHECK (territory IN ('metropole', 'alsace_moselle', 'guadeloupe',
        'martinique', 'guyane', 'reunion', 'mayotte', 'saint_pierre_et_miquelon',
        'nouvelle_caledonie', 'polynesie_francaise', 'wallis_et_futuna', 'saint_martin',
        'saint_barthelemy')),
    time_zone text NOT NULL,
    structural_email text,
    headquarter_id uuid REFERENCES headquarters (id) ON DELETE SET NULL,
    use_inter_ressort boolean NOT NULL DEFAULT false,
    is_japat_court boolean NOT NULL DEFAULT false CHECK (NOT is_japat_court OR kind = 'tj'),
    quiet_hours_start time NOT NULL DEFAULT '21:00',
    quiet_hours_end time NOT NULL DEFAULT '08:00',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
-- The national anti-terrorism JAP court is unique.
CREATE UNIQUE INDEX organizations_one_japat_court ON organizations (is_japat_court) WHERE is_japat_court;

-- A SPIP and a TJ working together: each one's jurisdiction includes the other.
CREATE TABLE organization_links (
    spip_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    tj_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    PRIMARY KEY (spip_id, tj_id)
);
CREATE INDEX organization_links_tj ON organization_links (tj_id);

CREATE TABLE places (
    id uuid PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id),
    name text NOT NULL CHECK (btrim(name) <> ''),
    address text NOT NULL,
    phone text,
    email text,
    main_contact_method text NOT NULL DEFAULT 'phone' CHECK (main_contact_method IN ('phone', 'email')),
    information_url text,
    -- Short code of the public page /p/<code>.
    code text NOT NULL UNIQUE,
    valid_from date,
    valid_until date,
    archived_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_from < valid_until)
);
CREATE INDEX places_organization ON places (organization_id);

CREATE TABLE agendas (
    id uuid PRIMARY KEY,
    place_id uuid NOT NULL REFERENCES places (id),
    name text NOT NULL CHECK (btrim(name) <> ''),
    archived_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (place_id, name)
);

-- The reference list of appointment types (domain §2.3).
CREATE TABLE appointment_types (
    id uuid PRIMARY KEY,
    key text NOT NULL UNIQUE,
    name text NOT NULL UNIQUE,
    slot_system boolean NOT NULL,
    allowed_on_weekends boolean NOT NULL,
    spip_assignable boolean NOT NULL,
    position integer NOT NULL UNIQUE
);

INSERT INTO appointment_types (id, key, name, slot_system, allowed_on_weekends, spip_assignable, position) VALUES
    ('0193a000-0000-7000-8000-000000000001', 'sortie_audience_sap', 'Sortie d''audience SAP', true, false, false, 1),
    ('0193a000-0000-7000-8000-000000000002', 'sortie_audience_spip', 'Sortie d''audience SPIP', true, false, false, 2),
    ('0193a000-0000-7000-8000-000000000003', 'sap_ddse', 'SAP DDSE', true, false, false, 3),
    ('0193a000-0000-7000-8000-000000000004', 'suivi_jap', 'Convocation de suivi JAP', false, false, false, 4),
    ('0193a000-0000-7000-8000-000000000005', 'sap_debat_contradictoire', 'SAP débat contradictoire', false, false, false, 5),
    ('0193a000-0000-7000-8000-000000000006', 'japat', 'Convocation JAPAT', false, false, false, 6),
    ('0193a000-0000-7000-8000-000000000007', 'premier_suivi_spip', '1ère convocation de suivi SPIP', false, false, true, 7),
    ('0193a000-0000-7000-8000-000000000008', 'suivi_spip', 'Convocation de suivi SPIP', false, false, true, 8),
    ('0193a000-0000-7000-8000-000000000009', 'convocation_741_1', 'Convocation 741-1', false, false, true, 9),
    ('0193a000-0000-7000-8000-00000000000a', 'visite_domicile', 'Visite à domicile', false, false, true, 10),
    ('0193a000-0000-7000-8000-00000000000b', 'rdv_telephonique', 'RDV téléphonique', false, false, true, 11),
    ('0193a000-0000-7000-8000-00000000000c', 'placement_tig_tnr', 'Placement TIG/TNR', false, true, true, 12),
    ('0193a000-0000-7000-8000-00000000000d', 'ddse_spip', 'Convocation DDSE', false, true, true, 13),
    ('0193a000-0000-7000-8000-00000000000e', 'stage', 'Convocation stage', false, false, true, 14),
    ('0193a000-0000-7000-8000-00000000000f', 'rappel_spip', 'Convocation rappel SPIP', false, false, true, 15),
    ('0193a000-0000-7000-8000-000000000010', 'action_collective', 'Action collective', false, false, true, 16);

-- Which appointment types each place offers.
CREATE TABLE place_appointment_types (
    place_id uuid NOT NULL REFERENCES places (id) ON DELETE CASCADE,
    appointment_type_id uuid NOT NULL REFERENCES appointment_types (id),
    PRIMARY KEY (place_id, appointment_type_id)
);
