-- Place moves (« déménagements », domain §4.8): one row per move, written in the transaction
-- that creates the new place and moves agendas, slots and appointments.
CREATE TABLE place_moves (
    id uuid PRIMARY KEY,
    -- A place moves once: a second move (even concurrent) is refused.
    old_place_id uuid NOT NULL UNIQUE REFERENCES places (id) ON DELETE CASCADE,
    new_place_id uuid NOT NULL UNIQUE REFERENCES places (id) ON DELETE CASCADE,
    move_date date NOT NULL,
    moved_by uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL,
    agendas integer NOT NULL CHECK (agendas >= 0),
    slot_templates integer NOT NULL CHECK (slot_templates >= 0),
    slots integer NOT NULL CHECK (slots >= 0),
    appointments integer NOT NULL CHECK (appointments >= 0)
);
COMMENT ON TABLE place_moves IS 'Moves of a place to a new place of the same service from a date.';
COMMENT ON COLUMN place_moves.old_place_id IS 'The place that closes the day before move_date.';
COMMENT ON COLUMN place_moves.new_place_id IS 'The place created by the move, open from move_date.';
COMMENT ON COLUMN place_moves.move_date IS 'First day at the new place (local date of the service).';
COMMENT ON COLUMN place_moves.moved_by IS 'The central admin who recorded the move.';
COMMENT ON COLUMN place_moves.agendas IS 'Number of agendas duplicated into the new place.';
COMMENT ON COLUMN place_moves.slot_templates IS 'Number of recurring slot definitions duplicated.';
COMMENT ON COLUMN place_moves.slots IS 'Number of slots dated on or after move_date moved.';
COMMENT ON COLUMN place_moves.appointments IS 'Number of appointments on or after move_date moved.';
CREATE INDEX place_moves_created ON place_moves (created_at DESC);
