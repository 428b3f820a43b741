-- Mosaic schema v3: what the person stated about themselves in each turn (the conversation state, issue 19) and the
-- next step the reply offered (a session never gets the same one twice). Both live with their turn, so they are
-- stored in the same statement as the turn and erased with the session.
ALTER TABLE turns ADD COLUMN facts TEXT;
ALTER TABLE turns ADD COLUMN next_step TEXT;
-- Most turns state nothing new: the facts of a session are read through an index of the few turns that hold some.
CREATE INDEX turns_with_facts ON turns (session_id, turn_number) WHERE facts IS NOT NULL;
