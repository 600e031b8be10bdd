-- Storyteller schema, version 4: finding sessions by their titles and by what was said in
-- them (SessionSearch). See docs/NOTES.md, "Session search (issue 8)".
--
-- What is indexed is the *search form* of the text, st_search_fold(): each character is
-- taken apart (NFKD), Latin accents (U+0300–U+036F) are dropped, it is put back together
-- (NFC, so Hangul syllables and voiced kana stay whole) and case-folded. "Café" is stored
-- as "cafe", "ＡＢＣ" as "abc", "ｶﾞ" as "ガ". Queries are folded by the same code, so
-- café ↔ cafe and upper ↔ lower case find each other. SQLite 3.40's trigram tokenizer
-- cannot remove diacritics itself (remove_diacritics for trigram came in 3.45).
--
-- st_search_fold() and st_search_pairs() are C++ functions the app installs on every
-- connection it opens (SearchFold::install, from Database::open). A connection without them
-- (the sqlite3 shell) can read everything but cannot add, change or delete messages or
-- sessions: the triggers below call them.

-- Messages, by the trigram tokenizer: every run of three characters is a term, so any
-- substring of three or more characters is found: inside a Korean eojeol ("선장은" in
-- "부선장은"), inside Japanese written without spaces ("灯台守" in "灯台守は島に") and inside
-- longer Latin words. One or two characters: see message_search_pairs.
-- rowid = messages.id; `text` is the folded content, `original` the folded text the listener
-- wrote when the content is its translation. The folded text is stored (a normal, not a
-- contentless table): SessionSearch reads it back to rank candidates and to scan for
-- queries too short for trigrams. System messages are never shown, so never indexed.
CREATE VIRTUAL TABLE message_search USING fts5 (text, original, tokenize = 'trigram');

-- Trigrams cannot find one or two characters, and two-character words are the common case
-- in Korean and Japanese (선장, 바다, 灯台, 船長; 島 is one). A scan of the folded text finds
-- them but reads every message when the word is rare: ~100 ms over 250,000 messages. So the
-- letters and digits of the folded text are also indexed each alone and each with the next
-- one in the same word, every such term once per message (st_search_pairs: "el barco" →
-- "e el l b ba a ar r rc c co o"): a query word of one or two letters is one term here.
-- Contentless: nothing is stored but the index; a row is removed with the FTS5 'delete'
-- command and the values it was added with, which the triggers rebuild from the folded text
-- kept in message_search (so they stay exactly what was inserted whatever Unicode tables a
-- later Qt brings).
CREATE VIRTUAL TABLE message_search_pairs USING fts5 (
    pairs, content = '', tokenize = 'unicode61'
);

-- Session names and story titles (rowid = sessions.id), folded; few enough to scan.
CREATE VIRTUAL TABLE session_search USING fts5 (name, story, tokenize = 'trigram');

-- What is already there.
INSERT INTO message_search (rowid, text, original)
    SELECT id, st_search_fold(content), st_search_fold(original)
    FROM messages WHERE role <> 'system';
INSERT INTO message_search_pairs (rowid, pairs)
    SELECT rowid, st_search_pairs(text, original) FROM message_search;
INSERT INTO session_search (rowid, name, story)
    SELECT id, st_search_fold(name), st_search_fold(script_title) FROM sessions;

-- Kept in step by triggers, so every writer (streaming replies, translations, forks, a
-- session deleted with its messages by ON DELETE CASCADE) keeps the index right.
CREATE TRIGGER messages_search_insert AFTER INSERT ON messages WHEN new.role <> 'system'
BEGIN
    INSERT INTO message_search (rowid, text, original)
        VALUES (new.id, st_search_fold(new.content), st_search_fold(new.original));
    INSERT INTO message_search_pairs (rowid, pairs)
        SELECT rowid, st_search_pairs(text, original) FROM message_search WHERE rowid = new.id;
END;

-- A streaming reply is updated every second or so: its row is folded again each time.
CREATE TRIGGER messages_search_update AFTER UPDATE OF content, original ON messages
    WHEN new.role <> 'system'
BEGIN
    INSERT INTO message_search_pairs (message_search_pairs, rowid, pairs)
        SELECT 'delete', rowid, st_search_pairs(text, original)
        FROM message_search WHERE rowid = old.id;
    DELETE FROM message_search WHERE rowid = old.id;
    INSERT INTO message_search (rowid, text, original)
        VALUES (new.id, st_search_fold(new.content), st_search_fold(new.original));
    INSERT INTO message_search_pairs (rowid, pairs)
        SELECT rowid, st_search_pairs(text, original) FROM message_search WHERE rowid = new.id;
END;

CREATE TRIGGER messages_search_delete AFTER DELETE ON messages
BEGIN
    INSERT INTO message_search_pairs (message_search_pairs, rowid, pairs)
        SELECT 'delete', rowid, st_search_pairs(text, original)
        FROM message_search WHERE rowid = old.id;
    DELETE FROM message_search WHERE rowid = old.id;
END;

CREATE TRIGGER sessions_search_insert AFTER INSERT ON sessions
BEGIN
    INSERT INTO session_search (rowid, name, story)
        VALUES (new.id, st_search_fold(new.name), st_search_fold(new.script_title));
END;

CREATE TRIGGER sessions_search_update AFTER UPDATE OF name, script_title ON sessions
BEGIN
    DELETE FROM session_search WHERE rowid = old.id;
    INSERT INTO session_search (rowid, name, story)
        VALUES (new.id, st_search_fold(new.name), st_search_fold(new.script_title));
END;

CREATE TRIGGER sessions_search_delete AFTER DELETE ON sessions
BEGIN
    DELETE FROM session_search WHERE rowid = old.id;
END;
