-- Towns of the SRJ referential and the SRJ structures (TJ, SPIP) competent for them, each
-- mapped by hand to an MSJ service once it is deployed.

-- Lower-case, accent-free, with hyphens and apostrophes as spaces: the key of prefix searches
-- (same rule as msj_domain::identity::search_key).
CREATE FUNCTION msj_search_key(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN translate(msj_unaccent(value), '-''’', '   ');

CREATE TABLE srj_structures (
    id uuid PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('tj', 'spip')),
    name text NOT NULL CHECK (btrim(name) <> ''),
    organization_id uuid REFERENCES organizations (id) ON DELETE SET NULL,
    UNIQUE (kind, name)
);

CREATE TABLE cities (
    id uuid PRIMARY KEY,
    name text NOT NULL CHECK (btrim(name) <> ''),
    zipcode text NOT NULL CHECK (zipcode ~ '^[0-9]{5}$'),
    insee_code text NOT NULL CHECK (insee_code ~ '^[0-9][0-9AB][0-9]{3}$'),
    srj_id text,
    srj_tj_id uuid REFERENCES srj_structures (id) ON DELETE SET NULL,
    srj_spip_id uuid REFERENCES srj_structures (id) ON DELETE SET NULL,
    UNIQUE (name, insee_code, zipcode)
);
CREATE INDEX cities_search ON cities (msj_search_key(name) text_pattern_ops);
CREATE INDEX cities_zipcode ON cities (zipcode text_pattern_ops);
