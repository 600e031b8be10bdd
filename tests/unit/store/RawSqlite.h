#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariant>

namespace st {

/// A plain SQLite connection for tests: to build or inspect a database file without going
/// through Database (which would migrate it).
class RawSqlite
{
public:
    explicit RawSqlite(const QString& path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawSqlite()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawSqlite(const RawSqlite&) = delete;
    RawSqlite& operator=(const RawSqlite&) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool isOpen() const { return db().isOpen(); }

    /// Runs \a sql; returns the driver's error text, empty on success.
    QString exec(const QString& sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) ? QString() : q.lastError().text();
    }

    /// The first column of the first row of \a sql, or an invalid QVariant.
    QVariant scalar(const QString& sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

    bool hasTable(const QString& name) const
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = :name"));
        q.bindValue(QStringLiteral(":name"), name);
        return q.exec() && q.next() && q.value(0).toInt() == 1;
    }

private:
    QString m_name;
};

} // namespace st
