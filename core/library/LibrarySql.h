#pragma once

#include <QString>

/// Named SQL for the script library. Every value comes in as a bound parameter.
namespace st::sql {

inline const QString insertScript = QStringLiteral(
    "INSERT INTO scripts (title, language, source_kind, source_url, body, origin, bundle_id, "
    "bundle_version, created_at, updated_at) VALUES (:title, :language, :source_kind, "
    ":source_url, :body, :origin, :bundle_id, :bundle_version, :now, :now)");

inline const QString updateScript = QStringLiteral(
    "UPDATE scripts SET title = :title, language = :language, source_kind = :source_kind, "
    "source_url = :source_url, body = :body, bundle_version = :bundle_version, "
    "updated_at = :now WHERE id = :id");

inline const QString deleteScriptEmbeddings =
    QStringLiteral("DELETE FROM script_embeddings WHERE script_id = :id");

inline const QString deleteScriptIndex =
    QStringLiteral("DELETE FROM scripts_fts WHERE rowid = :id");

inline const QString insertScriptIndex =
    QStringLiteral("INSERT INTO scripts_fts (rowid, title, body) VALUES (:id, :title, :body)");

inline const QString scriptInfoColumns =
    QStringLiteral("id, title, language, origin, source_url, bundle_id, bundle_version");

inline const QString selectScripts =
    QStringLiteral("SELECT ") + scriptInfoColumns +
    QStringLiteral(" FROM scripts ORDER BY title COLLATE NOCASE, language");

/// The list the library shows: what selectScripts gives, plus the summary, the keywords and
/// each section's content when it is short (longer ones come back as "+"): the caller
/// counts the sections worth telling without parsing every body. A body that is not valid
/// JSON gives nulls rather than failing the whole list.
inline const QString selectCatalog = QStringLiteral(
    "SELECT id, title, language, origin, source_url, bundle_id, bundle_version, "
    "CASE WHEN json_valid(body) THEN json_extract(body, '$.summary') END, "
    "CASE WHEN json_valid(body) THEN (SELECT group_concat(value, ', ') FROM "
    "  json_each(body, '$.keywords') WHERE type = 'text') END, "
    "CASE WHEN json_valid(body) THEN (SELECT group_concat(CASE WHEN length(c) > 40 THEN '+' "
    "  ELSE replace(c, char(31), ' ') END, char(31)) FROM (SELECT "
    "  coalesce(json_extract(value, '$.content'), '') AS c FROM json_each(body, '$.sections') "
    "  WHERE type = 'object')) END "
    "FROM scripts ORDER BY title COLLATE NOCASE, language");

/// The narrator's furthest chapter over every session told from each story, a bundled
/// story's languages together (chapter 0 is the hook); a reply cut off or failed is not heard.
inline const QString selectFurthestChapters =
    QStringLiteral("SELECT coalesce(sc.bundle_id, '#' || sc.id), max(m.chapter) FROM sessions s "
                   "JOIN scripts sc ON sc.id = s.script_id "
                   "JOIN messages m ON m.session_id = s.id AND m.role = 'assistant' "
                   "WHERE m.chapter IS NOT NULL AND m.status = 'complete' GROUP BY 1");

inline const QString selectScriptInfo =
    QStringLiteral("SELECT ") + scriptInfoColumns + QStringLiteral(" FROM scripts WHERE id = :id");

inline const QString selectBundledScript =
    QStringLiteral("SELECT ") + scriptInfoColumns +
    QStringLiteral(" FROM scripts WHERE bundle_id = :bundle_id AND language = :language");

/// The newest script written from any of four spellings of one address.
inline const QString selectScriptBySourceUrl =
    QStringLiteral("SELECT ") + scriptInfoColumns +
    QStringLiteral(
        " FROM scripts WHERE source_url IN (:u1, :u2, :u3, :u4) AND language = :language "
        "ORDER BY updated_at DESC, id DESC LIMIT 1");

inline const QString selectScriptBody = QStringLiteral("SELECT body FROM scripts WHERE id = :id");

inline const QString countScripts =
    QStringLiteral("SELECT count(*) FROM scripts WHERE (:language = '' OR language = :language)");

inline const QString searchScripts =
    QStringLiteral("SELECT s.id FROM scripts_fts JOIN scripts s ON s.id = scripts_fts.rowid "
                   "WHERE scripts_fts MATCH :query AND (:language = '' OR s.language = :language) "
                   "ORDER BY bm25(scripts_fts, 4.0, 1.0) LIMIT :limit");

inline const QString documentFrequency =
    QStringLiteral("SELECT count(*) FROM scripts_fts JOIN scripts s ON s.id = scripts_fts.rowid "
                   "WHERE scripts_fts MATCH :query AND (:language = '' OR s.language = :language)");

inline const QString selectScriptIds = QStringLiteral(
    "SELECT id FROM scripts WHERE (:language = '' OR language = :language) ORDER BY id");

} // namespace st::sql
