#include "core/script/ScriptJson.h"

#include "core/util/JsonInput.h"

#include <QCoreApplication>
#include <nlohmann/json.hpp>

namespace st {
namespace {

using nlohmann::json;

QString str(const json& object, const char* key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

std::string utf8(const QString& s)
{
    return s.toStdString();
}

void readSection(Script& script, const QString& key, const json& value, QStringList& problems)
{
    const auto id = script_section::fromKey(key);
    if (!id) {
        problems.append(ScriptJson::tr("Skipped an unknown section \"%1\".").arg(key));
        return;
    }
    Script::Section& section = script.section(*id);
    if (!section.content.isEmpty())
        problems.append(
            ScriptJson::tr("Section \"%1\" appears more than once; the first one was kept.")
                .arg(script_section::key(*id)));
    else if (value.is_string())
        section.content = QString::fromStdString(value.get<std::string>()).trimmed();
    else if (value.is_object()) {
        section.heading = str(value, "heading").trimmed();
        section.content = str(value, "content").trimmed();
        section.question = str(value, "question").trimmed();
    } else
        problems.append(ScriptJson::tr("Section \"%1\" has no text.").arg(key));
}

/// "sources": [{"title", "url"}]: entries without an http(s) address or a title are
/// skipped with a problem; at most Script::kMaxReferences are kept.
void readReferences(Script& script, const json& value, QStringList& problems)
{
    if (!value.is_array()) {
        problems.append(ScriptJson::tr("\"sources\" is not a list; it was ignored."));
        return;
    }
    int skipped = 0;
    for (const json& entry : value) {
        if (!entry.is_object()) {
            ++skipped;
            continue;
        }
        const Script::Reference ref{str(entry, "title").simplified(), str(entry, "url").trimmed()};
        const bool web = ref.url.startsWith(QLatin1String("https://")) ||
                         ref.url.startsWith(QLatin1String("http://"));
        if (ref.title.isEmpty() || !web || script.references.size() >= Script::kMaxReferences) {
            ++skipped;
            continue;
        }
        script.references.append(ref);
    }
    if (skipped > 0)
        problems.append(ScriptJson::tr("Skipped %n source(s) without a title and a web "
                                       "address, or beyond the first %1.",
                                       nullptr, skipped)
                            .arg(Script::kMaxReferences));
}

} // namespace

QStringList ScriptJson::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("ja"), QStringLiteral("es")};
}

QByteArray ScriptJson::write(const Script& script, bool indented)
{
    nlohmann::ordered_json sections = nlohmann::ordered_json::array();
    for (const Script::Section& s : script.sections()) {
        nlohmann::ordered_json entry = {{"section", utf8(script_section::key(s.id))},
                                        {"heading", utf8(s.heading)},
                                        {"content", utf8(s.content)}};
        if (!s.question.isEmpty())
            entry["question"] = utf8(s.question);
        sections.push_back(std::move(entry));
    }
    nlohmann::ordered_json keywords = nlohmann::ordered_json::array();
    for (const QString& k : script.keywords)
        keywords.push_back(utf8(k));
    nlohmann::ordered_json out = {
        {"format", "storyteller-script"},
        {"formatVersion", 1},
        {"title", utf8(script.title)},
        {"language", utf8(script.language)},
        {"source", {{"kind", utf8(script.source.kind)}, {"url", utf8(script.source.url)}}},
        {"summary", utf8(script.summary)},
        {"keywords", keywords},
        {"hook", utf8(script.hook)},
        {"sections", sections}};
    if (!script.references.isEmpty()) {
        nlohmann::ordered_json refs = nlohmann::ordered_json::array();
        for (const Script::Reference& r : script.references)
            refs.push_back({{"title", utf8(r.title)}, {"url", utf8(r.url)}});
        out["sources"] = std::move(refs);
    }
    return QByteArray::fromStdString(out.dump(indented ? 2 : -1));
}

ScriptParseResult ScriptJson::read(const QByteArray& bytes, const QString& fallbackLanguage)
{
    ScriptParseResult result;
    const JsonInput::Parsed parsed = JsonInput::parse(bytes);
    if (parsed.error == JsonInput::Parsed::Error::Syntax) {
        result.error =
            ScriptJson::tr("This is not valid JSON (at byte %1). Check the file, or paste the "
                           "script in its markdown form.")
                .arg(parsed.byte);
        return result;
    }
    if (!parsed.ok()) { // a number beyond a double, nesting beyond any script's
        result.error = ScriptJson::tr("This script cannot be read: %1").arg(parsed.message());
        return result;
    }
    const json& doc = parsed.value;
    if (!doc.is_object()) {
        result.error =
            ScriptJson::tr("The JSON does not hold a script: expected an object with a title "
                           "and sections.");
        return result;
    }
    Script& script = result.script;
    script.title = str(doc, "title").simplified();
    script.language = str(doc, "language").trimmed().toLower();
    script.summary = str(doc, "summary").trimmed();
    script.hook = str(doc, "hook").trimmed();
    if (const auto it = doc.find("source"); it != doc.end()) {
        if (it->is_string()) {
            script.source.url = QString::fromStdString(it->get<std::string>()).trimmed();
            script.source.kind =
                script.source.url.isEmpty() ? QStringLiteral("text") : QStringLiteral("url");
        } else if (it->is_object()) {
            script.source.kind =
                str(*it, "kind").isEmpty() ? QStringLiteral("text") : str(*it, "kind");
            script.source.url = str(*it, "url").trimmed();
        }
    }
    if (const auto it = doc.find("sources"); it != doc.end())
        readReferences(script, *it, result.problems);
    if (const auto it = doc.find("keywords"); it != doc.end() && it->is_array()) {
        for (const json& k : *it) {
            if (k.is_string())
                script.keywords.append(QString::fromStdString(k.get<std::string>()));
        }
    }
    const auto sections = doc.find("sections");
    if (sections == doc.end() || !(sections->is_array() || sections->is_object())) {
        result.error =
            ScriptJson::tr("The JSON has no \"sections\": a script needs its 14 sections "
                           "(prologue 1 to epilogue).");
        return result;
    }
    if (sections->is_array()) {
        for (const json& entry : *sections) {
            if (!entry.is_object()) {
                result.problems.append(ScriptJson::tr("Skipped a section that is not an object."));
                continue;
            }
            readSection(script, str(entry, "section"), entry, result.problems);
        }
    } else {
        for (auto it = sections->begin(); it != sections->end(); ++it)
            readSection(script, QString::fromStdString(it.key()), it.value(), result.problems);
    }
    if (!supportedLanguages().contains(script.language)) {
        if (!script.language.isEmpty())
            result.problems.append(
                ScriptJson::tr("Unknown language \"%1\"; using the session's language.")
                    .arg(script.language));
        script.language = fallbackLanguage.isEmpty() ? QStringLiteral("en") : fallbackLanguage;
    }
    QStringList missing;
    for (const Script::Section& s : script.sections()) {
        if (Script::isNotApplicable(s.content))
            missing.append(script_section::key(s.id));
    }
    if (missing.size() == kScriptSectionCount) {
        result.error = ScriptJson::tr("The script has no text in any section.");
        return result;
    }
    if (!missing.isEmpty())
        result.problems.append(ScriptJson::tr("Empty or N/A sections (skipped when telling): %1.")
                                   .arg(missing.join(QStringLiteral(", "))));
    if (script.title.isEmpty()) {
        result.problems.append(
            ScriptJson::tr("The script has no title; using \"Untitled story\"."));
        script.title = ScriptJson::tr("Untitled story");
    }
    return result;
}

} // namespace st
