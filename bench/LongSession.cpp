#include "LongSession.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <cstdio>

QStringList librarySentences(const QString& language)
{
    QStringList sentences;
    const QRegularExpression end(QStringLiteral("(?<=[.!?。！？])\\s*"));
    for (const QString& name : QDir(QStringLiteral(":/library")).entryList()) {
        QFile file(QStringLiteral(":/library/") + name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonArray scripts =
            QJsonDocument::fromJson(file.readAll())[QLatin1String("scripts")].toArray();
        for (const QJsonValue& s : scripts) {
            if (s[QLatin1String("language")].toString() != language)
                continue;
            for (const QJsonValue& section : s[QLatin1String("sections")].toArray()) {
                for (const QString& sentence :
                     section[QLatin1String("content")].toString().split(end, Qt::SkipEmptyParts)) {
                    if (sentence.size() > 8)
                        sentences.append(sentence.trimmed());
                }
            }
        }
    }
    return sentences;
}

QString markdownBlock(const QStringList& sentences, int kind)
{
    if (sentences.isEmpty())
        return {};
    QStringList out;
    switch (kind % 4) {
    case 0: {
        const int last = int(sentences.size()) - 1;
        for (int i = 0; i <= last; ++i) {
            if (i == 0)
                out << QStringLiteral("**%1**").arg(sentences.at(i));
            else if (i == last && last > 1)
                out << QStringLiteral("*%1*").arg(sentences.at(i));
            else
                out << sentences.at(i);
        }
        return out.join(u' ');
    }
    case 1: {
        const QString title = sentences.first()
                                  .section(u' ', 0, 4)
                                  .remove(QRegularExpression(QStringLiteral("[.,;:!?]+$")));
        return QStringLiteral("## ") + title + QStringLiteral("\n\n") + sentences.join(u' ');
    }
    case 2:
        for (const QString& sentence : sentences)
            out << QStringLiteral("- ") + sentence;
        return out.join(u'\n');
    default:
        for (int i = 0; i < sentences.size(); ++i)
            out << QStringLiteral("%1. %2").arg(i + 1).arg(sentences.at(i));
        return out.join(u'\n');
    }
}

qint64 writeLongSession(QSqlDatabase db, int count, bool markdown)
{
    const QStringList sentences = librarySentences(QStringLiteral("en"));
    if (sentences.isEmpty()) {
        std::fprintf(stderr, "no library sentences in :/library\n");
        return 0;
    }
    const QStringList answers{QStringLiteral("Maybe the crew panicked and left in a hurry."),
                              QStringLiteral("I think it was a storm."),
                              QStringLiteral("Go on, what happened next?"),
                              QStringLiteral("Who found the ship first, and what did they see?")};
    QRandomGenerator random(7);
    QSqlQuery q(db);
    q.exec(QStringLiteral("BEGIN"));
    QSqlQuery session(db);
    session.prepare(QStringLiteral(
        "INSERT INTO sessions (uuid, name, language, provider, script_title, script_body, "
        "created_at, last_used_at) VALUES (:uuid, 'Long', 'en', 'offline', 'Long', '{}', 0, 0)"));
    session.bindValue(QStringLiteral(":uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!session.exec()) {
        std::fprintf(stderr, "session: %s\n", qPrintable(session.lastError().text()));
        return 0;
    }
    const qint64 id = session.lastInsertId().toLongLong();
    QSqlQuery message(db);
    message.prepare(QStringLiteral(
        "INSERT INTO messages (session_id, seq, role, content, chapter, created_at, updated_at) "
        "VALUES (:session, :seq, :role, :content, :chapter, :t, :t)"));
    for (int i = 0; i < count; ++i) {
        const bool narrator = i % 2 == 0;
        QString text;
        if (narrator && markdown) {
            const int target = 250 + int(random.bounded(650));
            QStringList block;
            while (text.size() < target) {
                block << sentences.at(int(random.bounded(int(sentences.size()))));
                if (random.bounded(3) == 0) {
                    text += markdownBlock(block, int(random.bounded(4))) + QStringLiteral("\n\n");
                    block.clear();
                }
            }
            text = QString(text + markdownBlock(block, 0)).trimmed();
        } else if (narrator) {
            const int target = 250 + int(random.bounded(650));
            while (text.size() < target)
                text += sentences.at(int(random.bounded(int(sentences.size())))) +
                        (random.bounded(4) == 0 ? QStringLiteral("\n\n") : QStringLiteral(" "));
            text = text.trimmed();
        } else {
            text = answers.at(int(random.bounded(int(answers.size()))));
        }
        message.bindValue(QStringLiteral(":session"), id);
        message.bindValue(QStringLiteral(":seq"), i + 1);
        message.bindValue(QStringLiteral(":role"),
                          narrator ? QStringLiteral("assistant") : QStringLiteral("user"));
        message.bindValue(QStringLiteral(":content"), text);
        message.bindValue(QStringLiteral(":chapter"), narrator ? QVariant(i / 2) : QVariant());
        message.bindValue(QStringLiteral(":t"), qint64(1600000000000) + i * 60000);
        if (!message.exec()) {
            std::fprintf(stderr, "message: %s\n", qPrintable(message.lastError().text()));
            return 0;
        }
    }
    q.exec(QStringLiteral("COMMIT"));
    // Written at once, the search index is left in many small segments that the next write
    // would start merging (30–40 ms once); a session that grew message by message has had
    // them merged along the way. Settle it like that.
    for (const char* table : {"message_search", "message_search_pairs", "session_search"})
        q.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('optimize')").arg(QLatin1String(table)));
    return id;
}
