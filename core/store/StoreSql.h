#pragma once

#include <QString>

/// Named SQL for the store. Every value comes in as a bound parameter.
namespace st::sql {

inline const QString markStreamingInterrupted =
    QStringLiteral("UPDATE messages SET status = 'interrupted' WHERE status = 'streaming'");

inline const QString insertSession = QStringLiteral(
    "INSERT INTO sessions (uuid, name, language, provider, created_at, last_used_at) "
    "VALUES (:uuid, :name, :language, :provider, :now, :now)");

// Columns 6 and 11 are the heavy ones (the script's JSON, the running summary); 15 says
// whether a script is attached without reading it; 16 is the listener's reply length; 17
// whether the session is listened to as an audiobook.
inline const QString sessionColumns = QStringLiteral(
    "s.id, s.uuid, s.name, s.language, s.script_id, s.script_title, s.script_body, s.provider, "
    "s.created_at, s.last_used_at, "
    "(SELECT count(*) FROM messages m WHERE m.session_id = s.id) AS message_count, s.summary, "
    "s.summary_upto_seq, coalesce(json_extract(s.metadata, '$.titleByUser'), 0), "
    "(SELECT max(chapter) FROM messages m WHERE m.session_id = s.id AND m.role = 'assistant'), "
    "coalesce(s.script_body, '') <> '', coalesce(json_extract(s.metadata, '$.replyLength'), 0), "
    "coalesce(json_extract(s.metadata, '$.listening'), 0)");

// The same for a list of sessions, without the heavy columns (NULL in their place): a
// thousand sessions with their scripts are tens of MB.
inline const QString sessionListColumns = QStringLiteral(
    "s.id, s.uuid, s.name, s.language, s.script_id, s.script_title, NULL, s.provider, "
    "s.created_at, s.last_used_at, "
    "(SELECT count(*) FROM messages m WHERE m.session_id = s.id) AS message_count, NULL, "
    "s.summary_upto_seq, coalesce(json_extract(s.metadata, '$.titleByUser'), 0), "
    "(SELECT max(chapter) FROM messages m WHERE m.session_id = s.id AND m.role = 'assistant'), "
    "coalesce(s.script_body, '') <> '', coalesce(json_extract(s.metadata, '$.replyLength'), 0), "
    "coalesce(json_extract(s.metadata, '$.listening'), 0)");

inline const QString selectSessions =
    QStringLiteral("SELECT ") + sessionListColumns +
    QStringLiteral(" FROM sessions s ORDER BY s.last_used_at DESC, s.id DESC "
                   "LIMIT :limit OFFSET :offset");

inline const QString selectSession = QStringLiteral("SELECT ") + sessionColumns +
                                     QStringLiteral(" FROM sessions s WHERE s.id = :id");

// A session not named by the listener takes its story's title (generated titles never
// overwrite the listener's).
inline const QString attachScript = QStringLiteral(
    "UPDATE sessions SET script_id = :script_id, script_title = :title, script_body = :body, "
    "name = CASE WHEN coalesce(json_extract(metadata, '$.titleByUser'), 0) THEN name "
    "ELSE :title END, last_used_at = :now WHERE id = :id");

inline const QString renameSession = QStringLiteral(
    "UPDATE sessions SET name = :name, metadata = json_set(coalesce(metadata, '{}'), "
    "'$.titleByUser', json('true')) WHERE id = :id");

inline const QString setGeneratedTitle =
    QStringLiteral("UPDATE sessions SET name = :name WHERE id = :id "
                   "AND NOT coalesce(json_extract(metadata, '$.titleByUser'), 0)");

inline const QString setReplyLength = QStringLiteral(
    "UPDATE sessions SET metadata = json_set(coalesce(metadata, '{}'), '$.replyLength', "
    ":length) WHERE id = :id");

inline const QString setListening = QStringLiteral(
    "UPDATE sessions SET metadata = json_set(coalesce(metadata, '{}'), '$.listening', :on) "
    "WHERE id = :id");

inline const QString markTitleByUser = QStringLiteral(
    "UPDATE sessions SET metadata = json_set(coalesce(metadata, '{}'), '$.titleByUser', "
    "json('true')) WHERE id = :id");

// A fork: a new session with the original's language, story and provider.
inline const QString insertFork = QStringLiteral(
    "INSERT INTO sessions (uuid, name, language, script_id, script_title, script_body, provider, "
    "model, created_at, last_used_at, forked_from, metadata) "
    "SELECT :uuid, :name, language, script_id, script_title, script_body, provider, model, :now, "
    ":now, id, json_set(coalesce(metadata, '{}'), '$.titleByUser', json('true')) "
    "FROM sessions WHERE id = :id");

// The history up to (and including) message seq :upto, copied into the fork.
inline const QString copyMessagesUpTo = QStringLiteral(
    "INSERT INTO messages (session_id, seq, role, content, status, chapter, prompt_tokens, "
    "completion_tokens, created_at, updated_at, original, original_language) "
    "SELECT :fork, seq, role, content, CASE status WHEN 'streaming' THEN 'interrupted' ELSE "
    "status END, chapter, prompt_tokens, completion_tokens, created_at, updated_at, original, "
    "original_language FROM messages WHERE session_id = :id AND seq <= :upto ORDER BY seq");

inline const QString messageSeq =
    QStringLiteral("SELECT seq FROM messages WHERE id = :message AND session_id = :id");

inline const QString deleteSession = QStringLiteral("DELETE FROM sessions WHERE id = :id");

inline const QString deleteSessionMessages =
    QStringLiteral("DELETE FROM messages WHERE session_id = :id");

inline const QString resetSessionSummary = QStringLiteral(
    "UPDATE sessions SET summary = NULL, summary_upto_seq = 0, last_used_at = :now WHERE id = :id");

inline const QString setSessionSummary = QStringLiteral(
    "UPDATE sessions SET summary = :summary, summary_upto_seq = :upto WHERE id = :id");

inline const QString touchSession =
    QStringLiteral("UPDATE sessions SET last_used_at = :now WHERE id = :id");

inline const QString insertMessage = QStringLiteral(
    "INSERT INTO messages (session_id, seq, role, content, status, chapter, created_at, "
    "updated_at) "
    "VALUES (:session_id, (SELECT coalesce(max(seq), 0) + 1 FROM messages WHERE session_id = "
    ":session_id), :role, :content, :status, :chapter, :now, :now)");

inline const QString updateMessage = QStringLiteral(
    "UPDATE messages SET content = :content, status = :status, updated_at = :now WHERE id = :id");

inline const QString messageColumns =
    QStringLiteral("id, session_id, seq, role, content, status, chapter, created_at, updated_at, "
                   "prompt_tokens, completion_tokens, original, original_language");

inline const QString setMessageTranslation = QStringLiteral(
    "UPDATE messages SET content = :content, original = :original, original_language = "
    ":language, updated_at = :now WHERE id = :id");

inline const QString setMessageUsage = QStringLiteral(
    "UPDATE messages SET prompt_tokens = :prompt, completion_tokens = :completion WHERE id = :id");

inline const QString sessionUsage =
    QStringLiteral("SELECT sum(prompt_tokens), sum(completion_tokens) FROM messages WHERE "
                   "session_id = :session_id");

inline const QString selectMessages =
    QStringLiteral("SELECT ") + messageColumns +
    QStringLiteral(" FROM messages WHERE session_id = :session_id ORDER BY seq");

inline const QString selectMessage =
    QStringLiteral("SELECT ") + messageColumns + QStringLiteral(" FROM messages WHERE id = :id");

// A page of a session's history: the newest :limit messages before :before_seq (newest
// first; MessageStore returns them oldest first). Uses UNIQUE (session_id, seq).
inline const QString selectMessagePage =
    QStringLiteral("SELECT ") + messageColumns +
    QStringLiteral(" FROM messages WHERE session_id = :session_id AND seq < :before_seq"
                   " ORDER BY seq DESC LIMIT :limit");

inline const QString selectMessageRange =
    QStringLiteral("SELECT ") + messageColumns +
    QStringLiteral(" FROM messages WHERE session_id = :session_id AND seq >= :from_seq"
                   " AND seq < :before_seq ORDER BY seq");

// The narrator's latest reply in the furthest chapter told (where a session resumes).
inline const QString selectLastNarration =
    QStringLiteral("SELECT ") + messageColumns +
    QStringLiteral(" FROM messages WHERE session_id = :session_id AND role = 'assistant'"
                   " AND chapter >= 0 ORDER BY chapter DESC, seq DESC LIMIT 1");

// Session search (SessionSearch; tables and triggers in migration 004). Candidates come
// newest first so a search can stop reading once it has enough.
inline const QString searchMessagesByTrigrams = QStringLiteral(
    "SELECT rowid, text, original FROM message_search WHERE message_search MATCH :match "
    "ORDER BY rowid DESC");

inline const QString searchMessagesByPairs =
    QStringLiteral("SELECT p.rowid, f.text, f.original FROM message_search_pairs p "
                   "JOIN message_search f ON f.rowid = p.rowid "
                   "WHERE message_search_pairs MATCH :match ORDER BY p.rowid DESC");

// LIKE evaluated by SQLite itself (not by FTS5: in 3.40 the trigram table's own LIKE finds
// nothing for short non-ASCII patterns, '%선장%'), over both columns at once.
inline const QString searchMessagesByScan =
    QStringLiteral("SELECT rowid, text, original FROM message_search "
                   "WHERE (text || ' ' || coalesce(original, '')) LIKE :pattern ESCAPE '\\' "
                   "ORDER BY rowid DESC");

inline const QString searchSessionsByTrigrams =
    QStringLiteral("SELECT s.id, f.name, f.story, s.name, s.script_title, s.last_used_at "
                   "FROM session_search f JOIN sessions s ON s.id = f.rowid "
                   "WHERE session_search MATCH :match ORDER BY f.rowid DESC");

inline const QString searchSessionsByScan =
    QStringLiteral("SELECT s.id, f.name, f.story, s.name, s.script_title, s.last_used_at "
                   "FROM session_search f JOIN sessions s ON s.id = f.rowid "
                   "WHERE (f.name || ' ' || coalesce(f.story, '')) LIKE :pattern ESCAPE '\\' "
                   "ORDER BY f.rowid DESC");

inline const QString searchMessageDetails = QStringLiteral(
    "SELECT m.session_id, m.role, m.content, m.original, m.created_at, s.name, s.script_title "
    "FROM messages m JOIN sessions s ON s.id = m.session_id WHERE m.id = :id");

} // namespace st::sql
