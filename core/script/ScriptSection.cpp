#include "core/script/ScriptSection.h"

namespace st::script_section {

const std::array<ScriptSection, kScriptSectionCount>& all()
{
    static const std::array<ScriptSection, kScriptSectionCount> sections{
        ScriptSection::Prologue1,    ScriptSection::Prologue2,    ScriptSection::Prologue3,
        ScriptSection::Exposition1,  ScriptSection::Exposition2,  ScriptSection::Exposition3,
        ScriptSection::Development1, ScriptSection::Development2, ScriptSection::Development3,
        ScriptSection::Climax1,      ScriptSection::Climax2,      ScriptSection::Climax3,
        ScriptSection::Denouement,   ScriptSection::Epilogue};
    return sections;
}

QString partName(ScriptSection section)
{
    switch (section) {
    case ScriptSection::Prologue1:
    case ScriptSection::Prologue2:
    case ScriptSection::Prologue3:
        return QStringLiteral("prologue");
    case ScriptSection::Exposition1:
    case ScriptSection::Exposition2:
    case ScriptSection::Exposition3:
        return QStringLiteral("exposition");
    case ScriptSection::Development1:
    case ScriptSection::Development2:
    case ScriptSection::Development3:
        return QStringLiteral("development");
    case ScriptSection::Climax1:
    case ScriptSection::Climax2:
    case ScriptSection::Climax3:
        return QStringLiteral("climax");
    case ScriptSection::Denouement:
        return QStringLiteral("denouement");
    case ScriptSection::Epilogue:
        return QStringLiteral("epilogue");
    }
    return {};
}

int partIndex(ScriptSection section)
{
    const int i = static_cast<int>(section);
    return i < 12 ? i % 3 + 1 : 1;
}

int partSize(const QString& part)
{
    return part == QLatin1String("denouement") || part == QLatin1String("epilogue") ? 1 : 3;
}

QString key(ScriptSection section)
{
    const QString part = partName(section);
    if (partSize(part) == 1)
        return part;
    return part + u' ' + QString::number(partIndex(section));
}

std::optional<ScriptSection> fromPart(const QString& part, int number)
{
    for (ScriptSection s : all()) {
        if (partName(s) == part && partIndex(s) == number)
            return s;
    }
    return std::nullopt;
}

std::optional<ScriptSection> fromKey(const QString& rawKey)
{
    QString k = rawKey.trimmed().toLower();
    k.replace(u'_', u' ');
    k.replace(u'-', u' ');
    k = k.simplified();
    for (ScriptSection s : all()) {
        if (key(s) == k)
            return s;
    }
    // "denouement 1", "epilogue 1", "prologue1"
    for (ScriptSection s : all()) {
        const QString part = partName(s);
        if (k == part + u' ' + QString::number(partIndex(s)) ||
            k == part + QString::number(partIndex(s)))
            return s;
    }
    return std::nullopt;
}

} // namespace st::script_section
