#include "core/script/Script.h"

#include <QRegularExpression>

namespace st {

Script::Script()
{
    m_sections.reserve(kScriptSectionCount);
    for (ScriptSection id : script_section::all())
        m_sections.append(Section{id, {}, {}, {}});
}

const Script::Section& Script::section(ScriptSection id) const
{
    return m_sections.at(static_cast<int>(id));
}

Script::Section& Script::section(ScriptSection id)
{
    return m_sections[static_cast<int>(id)];
}

bool Script::isNotApplicable(const QString& content)
{
    static const QRegularExpression na(
        QStringLiteral("^[\\s\\*_\\(\\[]*(n\\s*/\\s*a|none|not applicable|해당\\s*없음|없음|"
                       "該当なし|なし|no aplica|ninguno)[\\s\\.\\*_\\)\\]]*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = content.trimmed();
    return trimmed.isEmpty() || na.match(trimmed).hasMatch();
}

QVector<Script::Section> Script::tellableChapters() const
{
    QVector<Section> result;
    for (const Section& s : m_sections) {
        if (!isNotApplicable(s.content))
            result.append(s);
    }
    return result;
}

bool Script::operator==(const Script& other) const
{
    if (title != other.title || language != other.language || source.kind != other.source.kind ||
        source.url != other.source.url || summary != other.summary || keywords != other.keywords ||
        hook != other.hook || references != other.references)
        return false;
    for (int i = 0; i < kScriptSectionCount; ++i) {
        const Section& a = m_sections.at(i);
        const Section& b = other.m_sections.at(i);
        if (a.heading != b.heading || a.content != b.content || a.question != b.question)
            return false;
    }
    return true;
}

} // namespace st
