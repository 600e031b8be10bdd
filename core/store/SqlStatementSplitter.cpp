#include "core/store/SqlStatementSplitter.h"

#include <QRegularExpression>

namespace st {
namespace {

bool isTriggerWithoutEnd(const QString& statement)
{
    static const QRegularExpression trigger(
        QStringLiteral("^CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression endsWithEnd(QStringLiteral("\\bEND\\s*$"),
                                                QRegularExpression::CaseInsensitiveOption);
    if (!trigger.match(statement).hasMatch())
        return false;
    if (!endsWithEnd.match(statement).hasMatch())
        return true;
    // The body is complete when its END is not one that closes a CASE expression.
    static const QRegularExpression quoted(QStringLiteral("'[^']*'|\"[^\"]*\"|`[^`]*`"));
    static const QRegularExpression keyword(QStringLiteral("\\b(CASE|END)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    QString code = statement;
    code.remove(quoted);
    int cases = 0;
    int ends = 0;
    auto it = keyword.globalMatch(code);
    while (it.hasNext()) {
        if (it.next().captured(1).compare(QLatin1String("case"), Qt::CaseInsensitive) == 0)
            ++cases;
        else
            ++ends;
    }
    return ends <= cases;
}

} // namespace

QStringList SqlStatementSplitter::split(const QString& script)
{
    QStringList statements;
    QString current;
    QChar quote;
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (!quote.isNull()) {
            current.append(c);
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'-' && next == u'-') {
            while (i < n && script.at(i) != u'\n')
                ++i;
            current.append(u'\n');
            continue;
        }
        if (c == u'/' && next == u'*') {
            const qsizetype end = script.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            current.append(u' ');
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`') {
            quote = c;
            current.append(c);
            continue;
        }
        if (c == u';') {
            const QString trimmed = current.trimmed();
            if (isTriggerWithoutEnd(trimmed)) {
                current.append(c);
                continue;
            }
            if (!trimmed.isEmpty())
                statements.append(trimmed);
            current.clear();
            continue;
        }
        current.append(c);
    }
    const QString rest = current.trimmed();
    if (!rest.isEmpty())
        statements.append(rest);
    return statements;
}

} // namespace st
