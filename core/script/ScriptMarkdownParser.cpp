#include "core/script/ScriptMarkdownParser.h"

#include "core/script/ScriptJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace st {
namespace {

const QHash<QString, QString>& partAliases()
{
    static const QHash<QString, QString> aliases{
        {QStringLiteral("prologue"), QStringLiteral("prologue")},
        {QStringLiteral("프롤로그"), QStringLiteral("prologue")},
        {QStringLiteral("서막"), QStringLiteral("prologue")},
        {QStringLiteral("プロローグ"), QStringLiteral("prologue")},
        {QStringLiteral("序章"), QStringLiteral("prologue")},
        {QStringLiteral("prólogo"), QStringLiteral("prologue")},
        {QStringLiteral("prologo"), QStringLiteral("prologue")},
        {QStringLiteral("exposition"), QStringLiteral("exposition")},
        {QStringLiteral("발단"), QStringLiteral("exposition")},
        {QStringLiteral("導入"), QStringLiteral("exposition")},
        {QStringLiteral("発端"), QStringLiteral("exposition")},
        {QStringLiteral("exposición"), QStringLiteral("exposition")},
        {QStringLiteral("exposicion"), QStringLiteral("exposition")},
        {QStringLiteral("development"), QStringLiteral("development")},
        {QStringLiteral("전개"), QStringLiteral("development")},
        {QStringLiteral("展開"), QStringLiteral("development")},
        {QStringLiteral("desarrollo"), QStringLiteral("development")},
        {QStringLiteral("climax"), QStringLiteral("climax")},
        {QStringLiteral("절정"), QStringLiteral("climax")},
        {QStringLiteral("クライマックス"), QStringLiteral("climax")},
        {QStringLiteral("clímax"), QStringLiteral("climax")},
        {QStringLiteral("denouement"), QStringLiteral("denouement")},
        {QStringLiteral("dénouement"), QStringLiteral("denouement")},
        {QStringLiteral("결말"), QStringLiteral("denouement")},
        {QStringLiteral("結末"), QStringLiteral("denouement")},
        {QStringLiteral("desenlace"), QStringLiteral("denouement")},
        {QStringLiteral("epilogue"), QStringLiteral("epilogue")},
        {QStringLiteral("에필로그"), QStringLiteral("epilogue")},
        {QStringLiteral("エピローグ"), QStringLiteral("epilogue")},
        {QStringLiteral("終章"), QStringLiteral("epilogue")},
        {QStringLiteral("epílogo"), QStringLiteral("epilogue")},
        {QStringLiteral("epilogo"), QStringLiteral("epilogue")},
    };
    return aliases;
}

const QRegularExpression& headerPattern()
{
    static const QRegularExpression pattern = [] {
        QStringList names = partAliases().keys();
        std::sort(names.begin(), names.end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
        const QString alternatives = names.join(u'|');
        // "# prologue 1 : heading", "**Prologue 1:** heading", "## 프롤로그 1 - 제목", "Epilogue"
        return QRegularExpression(
            QStringLiteral("^\\s*(?<hashes>#{1,6})?\\s*(?<bold>\\*\\*|__)?\\s*(?<part>") +
                alternatives +
                QStringLiteral(")\\s*(?<num>[1-3])?\\s*(?:\\*\\*|__)?\\s*(?<sep>[:：\\-–—.)])?"
                               "\\s*(?:\\*\\*|__)?\\s*(?<heading>.*?)\\s*(?:\\*\\*|__)?\\s*$"),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption);
    }();
    return pattern;
}

const QRegularExpression& metaPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "^\\s*#{0,6}\\s*(?:\\*\\*)?\\s*(?<key>title|제목|タイトル|題名|título|titulo|"
            "source|출처|出典|fuente|language|언어|言語|idioma|summary|요약|要約|あらすじ|resumen|"
            "keywords|키워드|キーワード|palabras "
            "clave|hook|훅|フック|gancho)\\s*(?:\\*\\*)?\\s*[:：]"
            "\\s*(?:\\*\\*)?\\s*(?<value>.+?)\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

QString metaKind(const QString& key)
{
    const QString k = key.toLower();
    static const QStringList titles{QStringLiteral("title"),    QStringLiteral("제목"),
                                    QStringLiteral("タイトル"), QStringLiteral("題名"),
                                    QStringLiteral("título"),   QStringLiteral("titulo")};
    static const QStringList sources{QStringLiteral("source"), QStringLiteral("출처"),
                                     QStringLiteral("出典"), QStringLiteral("fuente")};
    if (titles.contains(k))
        return QStringLiteral("title");
    if (sources.contains(k))
        return QStringLiteral("source");
    static const QStringList summaries{QStringLiteral("summary"), QStringLiteral("요약"),
                                       QStringLiteral("要約"), QStringLiteral("あらすじ"),
                                       QStringLiteral("resumen")};
    static const QStringList keywords{QStringLiteral("keywords"), QStringLiteral("키워드"),
                                      QStringLiteral("キーワード"),
                                      QStringLiteral("palabras clave")};
    static const QStringList hooks{QStringLiteral("hook"), QStringLiteral("훅"),
                                   QStringLiteral("フック"), QStringLiteral("gancho")};
    if (summaries.contains(k))
        return QStringLiteral("summary");
    if (keywords.contains(k))
        return QStringLiteral("keywords");
    if (hooks.contains(k))
        return QStringLiteral("hook");
    return QStringLiteral("language");
}

bool isDecoration(const QString& line)
{
    static const QRegularExpression rule(QStringLiteral("^\\s*([-*_=]\\s*){3,}$|^\\s*```"));
    return rule.match(line).hasMatch();
}

} // namespace

ScriptParseResult ScriptMarkdownParser::parse(const QString& text, const QString& language)
{
    ScriptParseResult result;
    Script& script = result.script;
    script.language = language.isEmpty() ? QStringLiteral("en") : language;
    if (text.trimmed().isEmpty()) {
        result.error =
            ScriptMarkdownParser::tr("The script is empty. Paste a script or choose a file.");
        return result;
    }

    std::optional<ScriptSection> current;
    QVector<bool> seen(kScriptSectionCount, false);
    int strayLines = 0;
    QStringList duplicates;
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\r|\n")));
    for (const QString& line : lines) {
        if (isDecoration(line))
            continue;
        const QRegularExpressionMatch header = headerPattern().match(line);
        const bool marked = !header.captured(u"hashes").isEmpty() ||
                            !header.captured(u"bold").isEmpty() ||
                            !header.captured(u"sep").isEmpty() ||
                            (header.captured(u"heading").isEmpty() && line.trimmed().size() < 40);
        if (header.hasMatch() && marked && line.size() < 200) {
            const QString part = partAliases().value(header.captured(u"part").toLower());
            int number = header.captured(u"num").toInt();
            if (number == 0) { // no number: the next free one of this part
                number = 1;
                while (number < script_section::partSize(part) &&
                       seen.at(static_cast<int>(*script_section::fromPart(part, number))))
                    ++number;
            }
            const auto id = script_section::fromPart(part, number);
            if (id) {
                current = id;
                const int index = static_cast<int>(*id);
                if (seen.at(index)) {
                    duplicates.append(script_section::key(*id));
                } else {
                    seen[index] = true;
                    script.section(*id).heading = header.captured(u"heading");
                }
                continue;
            }
        }
        if (!current) {
            const QRegularExpressionMatch meta = metaPattern().match(line);
            if (meta.hasMatch()) {
                const QString kind = metaKind(meta.captured(u"key"));
                const QString value = meta.captured(u"value");
                if (kind == QLatin1String("title"))
                    script.title = value;
                else if (kind == QLatin1String("summary"))
                    script.summary = value;
                else if (kind == QLatin1String("hook"))
                    script.hook = value;
                else if (kind == QLatin1String("keywords")) {
                    static const QRegularExpression separators(
                        QStringLiteral("\\s*[,，、;；]\\s*"));
                    for (const QString& keyword : value.split(separators, Qt::SkipEmptyParts))
                        script.keywords.append(keyword.trimmed());
                } else if (kind == QLatin1String("source")) {
                    script.source.url = value;
                    script.source.kind = value.startsWith(QLatin1String("http"))
                                             ? QStringLiteral("url")
                                             : QStringLiteral("text");
                } else if (ScriptJson::supportedLanguages().contains(value.toLower()))
                    script.language = value.toLower();
                continue;
            }
            const QString trimmed = line.trimmed();
            if (trimmed.startsWith(u'#') && script.title.isEmpty()) {
                script.title =
                    trimmed.mid(trimmed.indexOf(QRegularExpression(QStringLiteral("[^#\\s]"))));
                continue;
            }
            if (!trimmed.isEmpty())
                ++strayLines;
            continue;
        }
        QString& content = script.section(*current).content;
        if (line.trimmed().isEmpty()) {
            if (!content.isEmpty() && !content.endsWith(QLatin1String("\n\n")))
                content.append(QStringLiteral("\n\n"));
        } else {
            if (!content.isEmpty() && !content.endsWith(u'\n'))
                content.append(u'\n');
            content.append(line.trimmed());
        }
    }

    for (ScriptSection id : script_section::all())
        script.section(id).content = script.section(id).content.trimmed();
    if (!seen.contains(true)) {
        result.error =
            ScriptMarkdownParser::tr("No story sections were found. A script has headers such as "
                                     "\"# prologue 1 : …\" through \"# epilogue\".");
        return result;
    }
    if (strayLines > 0)
        result.problems.append(
            ScriptMarkdownParser::tr("Lines of text ignored before the first section: %1.")
                .arg(strayLines));
    for (const QString& d : duplicates)
        result.problems.append(ScriptMarkdownParser::tr(
                                   "Section \"%1\" appears more than once; the parts were joined.")
                                   .arg(d));
    QStringList missing;
    QStringList empty;
    for (const Script::Section& s : script.sections()) {
        if (!seen.at(static_cast<int>(s.id)))
            missing.append(script_section::key(s.id));
        else if (Script::isNotApplicable(s.content))
            empty.append(script_section::key(s.id));
    }
    if (!missing.isEmpty())
        result.problems.append(
            ScriptMarkdownParser::tr("Missing sections (skipped when telling): %1.")
                .arg(missing.join(QStringLiteral(", "))));
    if (!empty.isEmpty())
        result.problems.append(
            ScriptMarkdownParser::tr("Empty or N/A sections (skipped when telling): %1.")
                .arg(empty.join(QStringLiteral(", "))));
    if (script.isEmpty()) {
        result.error = ScriptMarkdownParser::tr(
            "Every section of the script is empty or N/A, so there is nothing "
            "to tell.");
        return result;
    }
    // "# Title: **The Dancing Plague**": the emphasis is markup, not part of the title.
    static const QRegularExpression emphasis(QStringLiteral("^[\\s*_]+|[\\s*_]+$"));
    script.title.remove(emphasis);
    if (script.title.trimmed().isEmpty()) {
        result.problems.append(
            ScriptMarkdownParser::tr("The script has no title; using \"Untitled story\"."));
        script.title = ScriptMarkdownParser::tr("Untitled story");
    }
    script.title = script.title.simplified();
    return result;
}

} // namespace st
