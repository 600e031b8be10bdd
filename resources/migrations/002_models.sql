-- Storyteller schema, version 2: what model-backed telling needs.

-- One embedding per script and embedding model: little-endian float32, `dim` values.
CREATE TABLE script_embeddings (
    script_id  INTEGER NOT NULL REFERENCES scripts (id) ON DELETE CASCADE,
    model      TEXT    NOT NULL,
    dim        INTEGER NOT NULL,
    vector     BLOB    NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (script_id, model)
);

-- The judge's relevance scores, so the same request is not judged twice.
CREATE TABLE evaluation_cache (
    query      TEXT    NOT NULL,
    script_id  INTEGER NOT NULL REFERENCES scripts (id) ON DELETE CASCADE,
    model      TEXT    NOT NULL,
    score      INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (query, script_id, model)
);

-- A listener's message translated into the story language keeps what they wrote.
ALTER TABLE messages ADD COLUMN original TEXT;
ALTER TABLE messages ADD COLUMN original_language TEXT;

-- The rolling summary of a session's older turns, up to (and including) message seq.
ALTER TABLE sessions ADD COLUMN summary TEXT;
ALTER TABLE sessions ADD COLUMN summary_upto_seq INTEGER NOT NULL DEFAULT 0;
