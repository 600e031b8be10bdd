#pragma once

#include <QString>

/// Named SQL for reply versions. Every value comes in as a bound parameter.
namespace st::sql {

inline const QString keepAlternative = QStringLiteral(
    "INSERT INTO message_alternatives (message_id, content, status, chapter, prompt_tokens, "
    "completion_tokens, written_at) VALUES (:message, :content, :status, :chapter, :prompt, "
    ":completion, :written)");

inline const QString selectAlternatives = QStringLiteral(
    "SELECT id, content, status, chapter, prompt_tokens, completion_tokens, written_at FROM "
    "message_alternatives WHERE message_id = :message ORDER BY written_at, id");

inline const QString selectAlternative = QStringLiteral(
    "SELECT id, content, status, chapter, prompt_tokens, completion_tokens, written_at FROM "
    "message_alternatives WHERE id = :id AND message_id = :message");

inline const QString deleteAlternative =
    QStringLiteral("DELETE FROM message_alternatives WHERE id = :id");

inline const QString putVersionInMessage = QStringLiteral(
    "UPDATE messages SET content = :content, status = :status, chapter = :chapter, "
    "prompt_tokens = :prompt, completion_tokens = :completion, updated_at = :written "
    "WHERE id = :message");

} // namespace st::sql
