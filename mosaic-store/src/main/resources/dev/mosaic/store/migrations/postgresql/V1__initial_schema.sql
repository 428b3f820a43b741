-- Mosaic schema v1 (PostgreSQL). Times are UTC nanoseconds since the epoch; lists are newline-joined text.
CREATE TABLE sessions (
    id          TEXT    PRIMARY KEY,
    created_at  BIGINT  NOT NULL,
    expires_at  BIGINT  NOT NULL
);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE turns (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id  TEXT    NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    prompt      TEXT    NOT NULL,
    response    TEXT    NOT NULL,
    clarity     BIGINT  NOT NULL,
    action      BIGINT  NOT NULL,
    momentum    BIGINT  NOT NULL,
    source      TEXT    NOT NULL,
    match_id    TEXT,
    match_tag   TEXT,
    created_at  BIGINT  NOT NULL
);
CREATE INDEX turns_by_session ON turns (session_id, id);

CREATE TABLE opportunities (
    job_id        TEXT    PRIMARY KEY,
    role          TEXT    NOT NULL,
    company       TEXT    NOT NULL,
    location      TEXT    NOT NULL,
    remote        BOOLEAN NOT NULL,
    description   TEXT    NOT NULL,
    must_have     TEXT    NOT NULL,
    nice_to_have  TEXT    NOT NULL,
    seniority     TEXT    NOT NULL,
    culture       TEXT    NOT NULL,
    url           TEXT,
    source        TEXT    NOT NULL,
    posted_at     TEXT
);

CREATE TABLE matches (
    session_id      TEXT    NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position        BIGINT  NOT NULL,
    job_id          TEXT    NOT NULL REFERENCES opportunities (job_id),
    fit_score       BIGINT  NOT NULL,
    skills_match    TEXT    NOT NULL,
    values_match    TEXT    NOT NULL,
    missing_skills  TEXT    NOT NULL,
    reasons         TEXT    NOT NULL,
    PRIMARY KEY (session_id, position)
);

CREATE TABLE applications (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id  TEXT    NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    job_id      TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    notes       TEXT    NOT NULL,
    at          BIGINT  NOT NULL
);
CREATE INDEX applications_by_session ON applications (session_id, id);

CREATE TABLE resume_versions (
    seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id  TEXT    NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    id          TEXT    NOT NULL,
    job_id      TEXT,
    name        TEXT    NOT NULL,
    content     TEXT    NOT NULL,
    feedback    TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    UNIQUE (session_id, id)
);

CREATE TABLE uploads (
    seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id  TEXT    NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    id          TEXT    NOT NULL,
    filename    TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    size        BIGINT  NOT NULL,
    text        TEXT    NOT NULL,
    content     BYTEA   NOT NULL,
    created_at  BIGINT  NOT NULL,
    UNIQUE (session_id, id)
);

CREATE TABLE usage (
    seq            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id     TEXT    REFERENCES sessions (id) ON DELETE CASCADE,
    provider       TEXT    NOT NULL,
    model          TEXT    NOT NULL,
    purpose        TEXT    NOT NULL,
    input_tokens   BIGINT  NOT NULL,
    output_tokens  BIGINT  NOT NULL,
    cost_micros    BIGINT  NOT NULL,
    at             BIGINT  NOT NULL
);
CREATE INDEX usage_by_session ON usage (session_id, seq);
CREATE INDEX usage_by_time ON usage (at);
