#include "core/llm/PromptTemplate.h"

#include "core/llm/LlmLog.h"

#include <QFile>
#include <QRegularExpression>

namespace st {

PromptTemplate::PromptTemplate(const QString& name)
{
    QFile file(QStringLiteral(":/prompts/") + name + QStringLiteral(".md"));
    if (file.open(QIODevice::ReadOnly))
        m_text = QString::fromUtf8(file.readAll()).trimmed();
    else
        qCWarning(lcLlm) << "missing prompt" << name;
}

QString PromptTemplate::render(const QHash<QString, QString>& values) const
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([a-z_]+)\\}\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(m_text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(m_text).mid(last, m.capturedStart() - last);
        out += values.value(m.captured(1));
        last = m.capturedEnd();
    }
    out += QStringView(m_text).mid(last);
    return out;
}

} // namespace st
