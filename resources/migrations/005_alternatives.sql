-- Storyteller schema, version 5: earlier versions of a regenerated reply, kept so the
-- listener can flip back to one (the chosen version is the message's own content, which is
-- what the narrator builds on).
CREATE TABLE message_alternatives (
    id                INTEGER PRIMARY KEY,
    message_id        INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    content           TEXT    NOT NULL,
    status            TEXT    NOT NULL
                              CHECK (status IN ('streaming', 'complete', 'interrupted', 'error')),
    chapter           INTEGER,
    prompt_tokens     INTEGER,
    completion_tokens INTEGER,
    written_at        INTEGER NOT NULL -- when this version was written: orders the versions
);
CREATE INDEX message_alternatives_message ON message_alternatives (message_id, written_at);
