#pragma once

#include <QSqlDatabase>
#include <QString>

/// The long session the message benches open: \a count messages of real story text (the
/// bundled library's English sentences), the narrator's replies of a few hundred characters
/// and the listener's short answers in turn, written in one transaction to a session named
/// "Long". Seeded: the same for the same arguments. Returns the session id (0 on failure).
qint64 writeLongSession(QSqlDatabase db, int count);

/// Sentences of the bundled library in \a language, for text that reads like a story.
QStringList librarySentences(const QString& language);
