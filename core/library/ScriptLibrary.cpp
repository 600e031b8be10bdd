#include "core/library/ScriptLibrary.h"

#include "core/library/LibraryLog.h"
#include "core/library/LibrarySql.h"
#include "core/script/ScriptJson.h"
#include "core/text/SearchText.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace st {
namespace {

ScriptInfo readInfo(const QSqlQuery& q)
{
    ScriptInfo info;
    info.id = q.value(0).toLongLong();
    info.title = q.value(1).toString();
    info.language = q.value(2).toString();
    info.origin = q.value(3).toString();
    info.sourceUrl = q.value(4).toString();
    info.bundleId = q.value(5).toString();
    info.bundleVersion = q.value(6).toInt();
    return info;
}

void bindScript(QSqlQuery& q, const Script& script)
{
    q.bindValue(QStringLiteral(":title"), script.title);
    q.bindValue(QStringLiteral(":language"), script.language);
    q.bindValue(QStringLiteral(":source_kind"), script.source.kind);
    q.bindValue(QStringLiteral(":source_url"),
                script.source.url.isEmpty() ? QVariant() : QVariant(script.source.url));
    q.bindValue(QStringLiteral(":body"), QString::fromUtf8(ScriptJson::write(script, false)));
}

// The language filter of the queries: '' means every language. A null QString (the default
// argument, or a cleared one) would bind as SQL NULL and match nothing.
QString anyLanguage(const QString& language)
{
    return language.isNull() ? QStringLiteral("") : language;
}

} // namespace

ScriptLibrary::ScriptLibrary(QSqlDatabase db, Clock clock, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_clock(std::move(clock))
{}

QString ScriptLibrary::searchableBody(const Script& script)
{
    QStringList parts{script.summary, script.keywords.join(QChar::Space), script.hook};
    for (const Script::Section& s : script.sections())
        parts << s.heading << s.content;
    return parts.join(u'\n');
}

bool ScriptLibrary::transaction(const std::function<bool()>& work)
{
    const bool outer = m_transactionDepth == 0;
    if (outer && !m_db.transaction()) {
        m_lastError = m_db.lastError().text();
        return false;
    }
    ++m_transactionDepth;
    const bool ok = work();
    --m_transactionDepth;
    if (!outer)
        return ok;
    if (!ok || !m_db.commit()) {
        if (ok)
            m_lastError = m_db.lastError().text();
        m_db.rollback();
        m_pendingChange = false;
        return false;
    }
    if (m_pendingChange) {
        m_pendingChange = false;
        Q_EMIT libraryChanged();
    }
    return true;
}

void ScriptLibrary::changed()
{
    if (m_transactionDepth > 0)
        m_pendingChange = true;
    else
        Q_EMIT libraryChanged();
}

bool ScriptLibrary::writeIndex(qint64 id, const Script& script)
{
    QSqlQuery q(m_db);
    q.prepare(sql::deleteScriptIndex);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    q.prepare(sql::insertScriptIndex);
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":title"), SearchText::indexForm(script.title));
    q.bindValue(QStringLiteral(":body"), SearchText::indexForm(searchableBody(script)));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<qint64> ScriptLibrary::add(const Script& script, const Origin& origin)
{
    qint64 id = 0;
    const bool ok = transaction([&] {
        QSqlQuery q(m_db);
        q.prepare(sql::insertScript);
        bindScript(q, script);
        q.bindValue(QStringLiteral(":origin"), origin.kind);
        q.bindValue(QStringLiteral(":bundle_id"),
                    origin.bundleId.isEmpty() ? QVariant() : QVariant(origin.bundleId));
        q.bindValue(QStringLiteral(":bundle_version"),
                    origin.bundleId.isEmpty() ? QVariant() : QVariant(origin.bundleVersion));
        q.bindValue(QStringLiteral(":now"), m_clock());
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return false;
        }
        id = q.lastInsertId().toLongLong();
        if (!writeIndex(id, script))
            return false;
        changed();
        return true;
    });
    if (!ok) {
        qCWarning(lcLibrary) << "cannot add script" << script.title << m_lastError;
        return std::nullopt;
    }
    return id;
}

bool ScriptLibrary::update(qint64 id, const Script& script, int bundleVersion)
{
    const bool ok = transaction([&] {
        QSqlQuery q(m_db);
        q.prepare(sql::updateScript);
        bindScript(q, script);
        q.bindValue(QStringLiteral(":bundle_version"),
                    bundleVersion > 0 ? QVariant(bundleVersion) : QVariant());
        q.bindValue(QStringLiteral(":now"), m_clock());
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return false;
        }
        if (!writeIndex(id, script))
            return false;
        // Its embeddings describe the old text: they are made again.
        QSqlQuery stale(m_db);
        stale.prepare(sql::deleteScriptEmbeddings);
        stale.bindValue(QStringLiteral(":id"), id);
        if (!stale.exec()) {
            m_lastError = stale.lastError().text();
            return false;
        }
        changed();
        return true;
    });
    if (!ok)
        qCWarning(lcLibrary) << "cannot update script" << id << m_lastError;
    return ok;
}

QString ScriptLibrary::body(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(sql::selectScriptBody);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

std::optional<Script> ScriptLibrary::script(qint64 id) const
{
    const QString json = body(id);
    if (json.isEmpty())
        return std::nullopt;
    ScriptParseResult parsed = ScriptJson::read(json.toUtf8());
    if (!parsed.ok()) {
        m_lastError = parsed.error;
        return std::nullopt;
    }
    return parsed.script;
}

std::optional<ScriptInfo> ScriptLibrary::info(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(sql::selectScriptInfo);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readInfo(q);
}

std::optional<ScriptInfo> ScriptLibrary::bundled(const QString& bundleId,
                                                 const QString& language) const
{
    QSqlQuery q(m_db);
    q.prepare(sql::selectBundledScript);
    q.bindValue(QStringLiteral(":bundle_id"), bundleId);
    q.bindValue(QStringLiteral(":language"), language);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readInfo(q);
}

std::optional<ScriptInfo> ScriptLibrary::findBySourceUrl(const QString& url,
                                                         const QString& language) const
{
    const QUrl parsed(url.trimmed());
    if (url.trimmed().isEmpty() || !parsed.isValid() || parsed.host().isEmpty())
        return std::nullopt;
    const QUrl base = parsed.adjusted(QUrl::RemoveFragment | QUrl::StripTrailingSlash |
                                      QUrl::NormalizePathSegments);
    auto spelled = [&](const QString& scheme, bool slash) {
        QUrl u = base;
        u.setScheme(scheme);
        QString text = u.toString(QUrl::FullyEncoded);
        if (slash && !text.endsWith(u'/') && u.query().isEmpty())
            text.append(u'/');
        return text;
    };
    QSqlQuery q(m_db);
    q.prepare(sql::selectScriptBySourceUrl);
    q.bindValue(QStringLiteral(":u1"), spelled(QStringLiteral("https"), false));
    q.bindValue(QStringLiteral(":u2"), spelled(QStringLiteral("https"), true));
    q.bindValue(QStringLiteral(":u3"), spelled(QStringLiteral("http"), false));
    q.bindValue(QStringLiteral(":u4"), spelled(QStringLiteral("http"), true));
    q.bindValue(QStringLiteral(":language"), language);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readInfo(q);
}

QVector<ScriptInfo> ScriptLibrary::list() const
{
    QVector<ScriptInfo> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(sql::selectScripts)) {
        m_lastError = q.lastError().text();
        return result;
    }
    while (q.next())
        result.append(readInfo(q));
    return result;
}

QVector<ScriptInfo> ScriptLibrary::catalog() const
{
    QVector<ScriptInfo> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(sql::selectCatalog)) {
        m_lastError = q.lastError().text();
        qCWarning(lcLibrary) << "catalog:" << m_lastError;
        return result;
    }
    while (q.next()) {
        ScriptInfo info = readInfo(q);
        info.summary = q.value(7).toString().simplified();
        info.keywords = q.value(8).toString();
        const QString sections = q.value(9).toString();
        for (const QString& content : sections.split(QChar(31), Qt::SkipEmptyParts)) {
            if (content == QLatin1String("+") || !Script::isNotApplicable(content))
                ++info.chapterCount;
        }
        result.append(info);
    }
    return result;
}

QVector<qint64> ScriptLibrary::ids(const QString& language) const
{
    QVector<qint64> result;
    QSqlQuery q(m_db);
    q.prepare(sql::selectScriptIds);
    q.bindValue(QStringLiteral(":language"), anyLanguage(language));
    if (q.exec()) {
        while (q.next())
            result.append(q.value(0).toLongLong());
    }
    return result;
}

int ScriptLibrary::count(const QString& language) const
{
    QSqlQuery q(m_db);
    q.prepare(sql::countScripts);
    q.bindValue(QStringLiteral(":language"), anyLanguage(language));
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

QVector<qint64> ScriptLibrary::search(const QStringList& terms, const QString& language,
                                      int limit) const
{
    QVector<qint64> result;
    if (terms.isEmpty())
        return result;
    QSqlQuery q(m_db);
    q.prepare(sql::searchScripts);
    q.bindValue(QStringLiteral(":query"), SearchText::matchAny(terms));
    q.bindValue(QStringLiteral(":language"), anyLanguage(language));
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcLibrary) << "search failed:" << m_lastError;
        return result;
    }
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

int ScriptLibrary::documentFrequency(const QString& term, const QString& language) const
{
    QSqlQuery q(m_db);
    q.prepare(sql::documentFrequency);
    q.bindValue(QStringLiteral(":query"), SearchText::matchAny({term}));
    q.bindValue(QStringLiteral(":language"), anyLanguage(language));
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace st
