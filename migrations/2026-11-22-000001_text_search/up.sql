-- Accent-insensitive and fuzzy matching of names (probationer search and duplicate detection).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (it reads a dictionary); this wrapper pins the dictionary so it can
-- be used in indexes. Lower-cased, like msj_domain::identity::unaccented_key.
CREATE FUNCTION msj_unaccent(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN lower(public.unaccent('public.unaccent'::regdictionary, value));
