-- Mosaic schema v2: each turn's number in its session, unique per session, so that servers sharing the database
-- never store two turns built on the same previous one; the care kind and the guided-flow step of a turn move from
-- marks in match_id ('care:<kind>', 'guided:<id>', 'guided:exit:<id>', 'guided:end') to their own columns.
ALTER TABLE turns ADD COLUMN turn_number INTEGER NOT NULL DEFAULT 0;
ALTER TABLE turns ADD COLUMN care_kind TEXT;
ALTER TABLE turns ADD COLUMN guided_state TEXT;
ALTER TABLE turns ADD COLUMN guided_question TEXT;

UPDATE turns SET turn_number = (SELECT COUNT(*) FROM turns AS earlier
                                WHERE earlier.session_id = turns.session_id AND earlier.id <= turns.id);

UPDATE turns SET care_kind = UPPER(SUBSTR(match_id, 6)), match_id = NULL WHERE match_id LIKE 'care:%';

-- The flow ended after the question the turn before it asked (the last one asked in the session before it).
UPDATE turns SET guided_state = 'ENDED', guided_question = COALESCE((
        SELECT SUBSTR(asked.match_id, 8) FROM turns AS asked
        WHERE asked.session_id = turns.session_id AND asked.id < turns.id AND asked.match_id LIKE 'guided:%'
          AND asked.match_id NOT LIKE 'guided:exit:%' AND asked.match_id <> 'guided:end'
        ORDER BY asked.id DESC LIMIT 1), 'end'),
    match_id = NULL
WHERE match_id = 'guided:end';

UPDATE turns SET guided_state = 'LEFT', guided_question = SUBSTR(match_id, 13), match_id = NULL
WHERE match_id LIKE 'guided:exit:%';

UPDATE turns SET guided_state = 'ASKED', guided_question = SUBSTR(match_id, 8), match_id = NULL
WHERE match_id LIKE 'guided:%';

-- SQLite cannot drop a column default: the table is rebuilt without it, so that a server still on schema 1 (it checks
-- the schema only when it starts) fails to store a turn with no number instead of storing one every read would refuse.
-- Rebuilt keyed by (session, number) WITHOUT ROWID: a session's turns lie together in key order, so the newest 25 are
-- one range read and a new turn one insert with its uniqueness check (StoreBenchmark: appendTurn 49,100/s against
-- 34,900 with a rowid table and a unique index, readSession 15,500/s against 13,800).
CREATE TABLE turns_v2 (
    session_id       TEXT    NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    turn_number      INTEGER NOT NULL CHECK (turn_number > 0),
    prompt           TEXT    NOT NULL,
    response         TEXT    NOT NULL,
    clarity          INTEGER NOT NULL,
    action           INTEGER NOT NULL,
    momentum         INTEGER NOT NULL,
    source           TEXT    NOT NULL,
    match_id         TEXT,
    match_tag        TEXT,
    care_kind        TEXT,
    guided_state     TEXT,
    guided_question  TEXT,
    created_at       INTEGER NOT NULL,
    PRIMARY KEY (session_id, turn_number)
) WITHOUT ROWID;
INSERT INTO turns_v2 (session_id, turn_number, prompt, response, clarity, action, momentum, source, match_id,
                      match_tag, care_kind, guided_state, guided_question, created_at)
SELECT session_id, turn_number, prompt, response, clarity, action, momentum, source, match_id, match_tag,
       care_kind, guided_state, guided_question, created_at
FROM turns;
DROP TABLE turns;
ALTER TABLE turns_v2 RENAME TO turns;
