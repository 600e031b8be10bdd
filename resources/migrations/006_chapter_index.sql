-- Storyteller schema, version 6: the narrator's furthest chapter of every session, which
-- the session list shows, read from an index instead of every message's row (the list of
-- a thousand sessions read all their messages' text at each start).
CREATE INDEX messages_chapter ON messages (session_id, chapter) WHERE role = 'assistant';
