DROP TABLE place_moves;
