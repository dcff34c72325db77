DROP TABLE cities;
DROP TABLE srj_structures;
DROP FUNCTION msj_search_key(text);
