#pragma once

#include <QSqlDatabase>
#include <QString>

/// The long session the message benches open: \a count messages of real story text (the
/// bundled library's English sentences), the narrator's replies of a few hundred characters
/// and the listener's short answers in turn, written in one transaction to a session named
/// "Long". Seeded: the same for the same arguments. Returns the session id (0 on failure).
/// With \a markdown the narrator's paragraphs are written the way models write Markdown
/// (markdownBlock): bold and italic phrases, headings, bulleted and numbered lists.
qint64 writeLongSession(QSqlDatabase db, int count, bool markdown = false);

/// \a sentences as one Markdown block of kind \a kind (taken modulo 4): a paragraph with
/// its first sentence in bold and its last in italics; a "## " heading (the first sentence's
/// first words) over a paragraph; a bulleted list; a numbered list (a sentence an item).
QString markdownBlock(const QStringList& sentences, int kind);

/// Sentences of the bundled library in \a language, for text that reads like a story.
QStringList librarySentences(const QString& language);
