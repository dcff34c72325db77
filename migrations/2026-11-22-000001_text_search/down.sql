DROP FUNCTION msj_unaccent(text);
DROP EXTENSION pg_trgm;
DROP EXTENSION unaccent;
