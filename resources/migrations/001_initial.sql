-- Storyteller schema, version 1: scripts with a full-text index, sessions and messages.
-- Applied with every other pending migration in one transaction; user_version is set after.

CREATE TABLE scripts (
    id             INTEGER PRIMARY KEY,
    title          TEXT    NOT NULL,
    language       TEXT    NOT NULL,
    source_kind    TEXT    NOT NULL DEFAULT 'text',
    source_url     TEXT,
    body           TEXT    NOT NULL,
    origin         TEXT    NOT NULL DEFAULT 'user' CHECK (origin IN ('bundled', 'user')),
    bundle_id      TEXT,
    bundle_version INTEGER,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);
CREATE UNIQUE INDEX scripts_bundle ON scripts (bundle_id, language) WHERE bundle_id IS NOT NULL;
CREATE INDEX scripts_language_title ON scripts (language, title);

-- The searchable form of each script (rowid = scripts.id), written by the app in the same
-- transaction as the script: Latin words as they are, CJK and Hangul runs as bigrams.
CREATE VIRTUAL TABLE scripts_fts USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE sessions (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT    NOT NULL UNIQUE,
    name          TEXT    NOT NULL,
    language      TEXT    NOT NULL,
    script_id     INTEGER REFERENCES scripts (id) ON DELETE SET NULL,
    script_title  TEXT,
    script_body   TEXT,
    provider      TEXT    NOT NULL DEFAULT 'offline',
    model         TEXT,
    created_at    INTEGER NOT NULL,
    last_used_at  INTEGER NOT NULL,
    forked_from   INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
    metadata      TEXT    NOT NULL DEFAULT '{}'
);
CREATE INDEX sessions_last_used ON sessions (last_used_at DESC);

CREATE TABLE messages (
    id                INTEGER PRIMARY KEY,
    session_id        INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    seq               INTEGER NOT NULL,
    role              TEXT    NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
    content           TEXT    NOT NULL DEFAULT '',
    status            TEXT    NOT NULL DEFAULT 'complete'
                              CHECK (status IN ('streaming', 'complete', 'interrupted', 'error')),
    chapter           INTEGER,
    prompt_tokens     INTEGER,
    completion_tokens INTEGER,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    UNIQUE (session_id, seq)
);
CREATE INDEX messages_status ON messages (status) WHERE status = 'streaming';
