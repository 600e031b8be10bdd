#include "core/create/SourceQuote.h"

#include <QRegularExpression>

namespace st {

QString SourceQuote::defuse(const QString& text)
{
    static const QRegularExpression tag(
        QStringLiteral("<\\s*(/?)\\s*(source|relevant|summary)\\s*>"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(tag, QStringLiteral("(\\1\\2)"));
    return out;
}

} // namespace st
