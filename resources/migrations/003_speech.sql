-- Storyteller schema, version 3: the narrator's spoken audio, so a replay, a resumed session
-- or an export never synthesizes a sentence twice.

-- One clip per sentence of a message, in reading order. `voice_key` names what spoke it
-- (provider, voice, speed, language and the text itself, hashed): a clip whose key no longer
-- matches (another voice, an edited reply) is replaced, not played.
CREATE TABLE speech_clips (
    message_id  INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    sentence    INTEGER NOT NULL,
    voice_key   TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    provider    TEXT    NOT NULL,
    format      TEXT    NOT NULL,
    duration_ms INTEGER NOT NULL DEFAULT -1,
    audio       BLOB    NOT NULL,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (message_id, sentence)
);
