#pragma once

#include "core/library/ScriptInfo.h"
#include "core/script/Script.h"
#include "core/util/Clock.h"

#include <QObject>
#include <QSqlDatabase>
#include <QVector>
#include <functional>
#include <optional>

namespace st {

/// The stored scripts and their full-text index (kept in step in one transaction).
class ScriptLibrary : public QObject
{
    Q_OBJECT
public:
    struct Origin
    {
        QString kind = QStringLiteral("user"); // user or bundled
        QString bundleId;
        int bundleVersion = 0;
    };

    explicit ScriptLibrary(QSqlDatabase db, Clock clock = systemClock(), QObject* parent = nullptr);

    std::optional<qint64> add(const Script& script) { return add(script, Origin()); }
    std::optional<qint64> add(const Script& script, const Origin& origin);
    bool update(qint64 id, const Script& script, int bundleVersion = 0);

    std::optional<Script> script(qint64 id) const;
    QString body(qint64 id) const;
    std::optional<ScriptInfo> info(qint64 id) const;
    std::optional<ScriptInfo> bundled(const QString& bundleId, const QString& language) const;
    /// A script in \a language written from the page at \a url (the same address with or
    /// without a trailing slash, a fragment, or http vs https), newest first.
    std::optional<ScriptInfo> findBySourceUrl(const QString& url, const QString& language) const;
    QVector<ScriptInfo> list() const;
    /// list() with each entry's summary, keywords and chapter count, for browsing.
    QVector<ScriptInfo> catalog() const;
    QVector<qint64> ids(const QString& language = {}) const;
    int count(const QString& language = {}) const;

    /// Best matches for any of \a terms (SearchText form), best first (bm25, title weighted).
    QVector<qint64> search(const QStringList& terms, const QString& language, int limit) const;
    /// How many scripts contain \a term.
    int documentFrequency(const QString& term, const QString& language) const;

    /// The text indexed for a script (title, then summary, keywords and sections).
    static QString searchableBody(const Script& script);

    QString lastError() const { return m_lastError; }

    /// Runs \a work inside one transaction; libraryChanged is emitted once at the end.
    bool transaction(const std::function<bool()>& work);

Q_SIGNALS:
    void libraryChanged();

private:
    bool writeIndex(qint64 id, const Script& script);
    void changed();

    QSqlDatabase m_db;
    Clock m_clock;
    mutable QString m_lastError;
    int m_transactionDepth = 0;
    bool m_pendingChange = false;
};

} // namespace st
