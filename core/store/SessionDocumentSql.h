#pragma once

#include <QString>

/// Named SQL for SessionDocumentStore (session export and import). Values are bound.
namespace st::sql {

inline const QString beginImmediate = QStringLiteral("BEGIN IMMEDIATE");
inline const QString commit = QStringLiteral("COMMIT");
inline const QString rollback = QStringLiteral("ROLLBACK");

/// What SessionRecord leaves out: the model, the metadata and the parent's uuid.
inline const QString selectSessionDocumentExtras =
    QStringLiteral("SELECT s.model, s.metadata, p.uuid FROM sessions s "
                   "LEFT JOIN sessions p ON p.id = s.forked_from WHERE s.id = :id");

/// Every earlier reply version of a session, by the seq of its message (ReplyVersions' order).
inline const QString selectSessionAlternatives = QStringLiteral(
    "SELECT m.seq, a.content, a.status, a.chapter, a.prompt_tokens, a.completion_tokens, "
    "a.written_at FROM message_alternatives a JOIN messages m ON m.id = a.message_id "
    "WHERE m.session_id = :id ORDER BY m.seq, a.written_at, a.id");

inline const QString selectSessionIdByUuid =
    QStringLiteral("SELECT id FROM sessions WHERE uuid = :uuid");

/// A library script with exactly this body (the app stores both in the same compact form).
inline const QString selectScriptIdByBody =
    QStringLiteral("SELECT id FROM scripts WHERE body = :body ORDER BY id LIMIT 1");

inline const QString insertImportedSession = QStringLiteral(
    "INSERT INTO sessions (uuid, name, language, script_id, script_title, script_body, "
    "provider, model, created_at, last_used_at, forked_from, metadata, summary, "
    "summary_upto_seq) "
    "VALUES (:uuid, :name, :language, :script_id, :script_title, :script_body, :provider, "
    ":model, :created_at, :last_used_at, :forked_from, :metadata, :summary, :summary_upto_seq)");

inline const QString insertImportedMessage = QStringLiteral(
    "INSERT INTO messages (session_id, seq, role, content, status, chapter, prompt_tokens, "
    "completion_tokens, created_at, updated_at, original, original_language) "
    "VALUES (:session_id, :seq, :role, :content, :status, :chapter, :prompt_tokens, "
    ":completion_tokens, :created_at, :updated_at, :original, :original_language)");

inline const QString insertImportedAlternative = QStringLiteral(
    "INSERT INTO message_alternatives (message_id, content, status, chapter, prompt_tokens, "
    "completion_tokens, written_at) VALUES (:message_id, :content, :status, :chapter, "
    ":prompt_tokens, :completion_tokens, :written_at)");

} // namespace st::sql
