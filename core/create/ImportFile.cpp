#include "core/create/ImportFile.h"

#include "core/create/CreateLog.h"
#include "core/script/ScriptJson.h"
#include "core/util/JsonInput.h"

#include <QFile>
#include <QUrl>
#include <nlohmann/json.hpp>

namespace st {
namespace {

using nlohmann::json;

const char* const kContentKeys[] = {"content", "text", "body"};

QString str(const json& object, const char* key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

bool isScriptObject(const json& object)
{
    return str(object, "format") == QLatin1String("storyteller-script") ||
           object.contains("sections");
}

bool isBundleObject(const json& object)
{
    const auto it = object.find("scripts");
    return it != object.end() && it->is_array() && !object.contains("sections");
}

bool looksLikeDocument(const json& object)
{
    if (object.contains("title"))
        return true;
    for (const char* key : kContentKeys) {
        if (object.contains(key))
            return true;
    }
    return false;
}

QString supportedLanguage(const QString& code, const QString& fallback)
{
    const QString lower = code.trimmed().toLower();
    return ScriptJson::supportedLanguages().contains(lower) ? lower : fallback;
}

/// A web address in \a text, or an empty string.
QString webAddress(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") ? text.trimmed()
                                                                               : QString();
}

class ItemReader
{
public:
    explicit ItemReader(QString language) : m_language(std::move(language)) {}

    ImportItem read(const json& value, int index) const
    {
        if (!value.is_object()) {
            ImportItem item;
            item.index = index;
            item.title = ImportFile::tr("Item %1").arg(index + 1);
            item.error = ImportFile::tr("This entry is not an object: expected a document such "
                                        "as {\"title\": \"…\", \"content\": \"…\"} or a script.");
            return item;
        }
        return isScriptObject(value) ? script(value, index) : document(value, index);
    }

private:
    ImportItem script(const json& object, int index) const
    {
        ImportItem item;
        item.kind = ImportItem::Kind::Script;
        item.index = index;
        const std::string bytes = object.dump(-1, ' ', false, json::error_handler_t::replace);
        const ScriptParseResult parsed =
            ScriptJson::read(QByteArray::fromStdString(bytes), m_language);
        item.script = parsed.script;
        item.notes = parsed.problems;
        item.title = str(object, "title").simplified();
        if (item.title.isEmpty())
            item.title =
                parsed.ok() ? parsed.script.title : ImportFile::tr("Script %1").arg(index + 1);
        item.error = parsed.error;
        return item;
    }

    ImportItem document(const json& object, int index) const
    {
        ImportItem item;
        item.kind = ImportItem::Kind::Document;
        item.index = index;
        SourceDocument& d = item.document;
        d.kind = QStringLiteral("import");
        d.title = str(object, "title").simplified();
        item.title = d.title.isEmpty() ? ImportFile::tr("Document %1").arg(index + 1) : d.title;

        const QString language = str(object, "language");
        d.language = supportedLanguage(language, m_language);
        if (!language.trimmed().isEmpty() && d.language != language.trimmed().toLower())
            item.notes.append(ImportFile::tr("Unknown language \"%1\"; the script is written in "
                                             "%2.")
                                  .arg(language, d.language));

        QString address = str(object, "url");
        if (address.isEmpty()) {
            const auto source = object.find("source");
            if (source != object.end())
                address = source->is_object() ? str(*source, "url") : str(object, "source");
        }
        d.url = webAddress(address);
        if (!address.trimmed().isEmpty() && d.url.isEmpty())
            item.notes.append(
                ImportFile::tr("Ignored the source \"%1\": not a web address.").arg(address));

        const char* key = nullptr;
        for (const char* candidate : kContentKeys) {
            if (object.contains(candidate)) {
                key = candidate;
                break;
            }
        }
        if (!key) {
            item.error = ImportFile::tr("The document has no text: give it a \"content\" (or "
                                        "\"text\", \"body\") field.");
            return item;
        }
        const json& content = object.at(key);
        if (content.is_string()) {
            d.text = QString::fromStdString(content.get<std::string>());
        } else if (content.is_array() && std::all_of(content.begin(), content.end(),
                                                     [](const json& p) { return p.is_string(); })) {
            QStringList paragraphs;
            for (const json& p : content)
                paragraphs.append(QString::fromStdString(p.get<std::string>()));
            d.text = paragraphs.join(QStringLiteral("\n\n"));
        } else {
            item.error =
                ImportFile::tr("The document's \"%1\" is not text.").arg(QString::fromLatin1(key));
            return item;
        }
        if (d.text.trimmed().isEmpty())
            item.error = ImportFile::tr("The document's text is empty.");
        return item;
    }

    QString m_language;
};

} // namespace

QString ImportFile::expectedShape()
{
    return tr("Expected JSON: a list of documents such as [{\"title\": \"…\", \"content\": "
              "\"…\"}], one such document, or Storyteller scripts (\"format\": "
              "\"storyteller-script\"), alone, in a list or in {\"scripts\": […]}.");
}

ImportFile::Result ImportFile::read(const QString& path, const QString& language, qint64 maxBytes)
{
    Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read the file: %1.").arg(file.errorString());
        return result;
    }
    const auto tooLarge = [&] {
        result.error = tr("The file is too large to import (the limit is %1 MB). Split it into "
                          "smaller files.")
                           .arg(maxBytes / (1024 * 1024));
    };
    if (!file.isSequential() && file.size() > maxBytes) {
        tooLarge();
        return result;
    }
    const QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        tooLarge();
        return result;
    }
    if (file.error() != QFileDevice::NoError) {
        result.error = tr("Cannot read the file: %1.").arg(file.errorString());
        return result;
    }
    result = parse(bytes, language);
    qCDebug(lcCreate) << "import file" << path << result.items.size() << "items"
                      << (result.ok() ? QString() : result.error);
    return result;
}

ImportFile::Result ImportFile::parse(const QByteArray& bytes, const QString& language)
{
    Result result;
    if (bytes.trimmed().isEmpty()) {
        result.error = tr("The file is empty.") + u' ' + expectedShape();
        return result;
    }
    const JsonInput::Parsed parsed = JsonInput::parse(bytes, kMaxDepth);
    switch (parsed.error) {
    case JsonInput::Parsed::Error::None:
        break;
    case JsonInput::Parsed::Error::Syntax:
        result.error = tr("The file is not valid JSON (at byte %1).").arg(parsed.byte) + u' ' +
                       expectedShape();
        return result;
    case JsonInput::Parsed::Error::TooDeep:
        result.error = tr("The file is nested too deeply to be documents or scripts.") + u' ' +
                       expectedShape();
        return result;
    case JsonInput::Parsed::Error::NumberOutOfRange:
        result.error = parsed.message() + u' ' + expectedShape();
        return result;
    }
    const json& doc = parsed.value;

    const ItemReader reader(language.isEmpty() ? QStringLiteral("en") : language);
    const json* list = nullptr;
    if (doc.is_array())
        list = &doc;
    else if (doc.is_object() && isBundleObject(doc))
        list = &doc.at("scripts");
    else if (doc.is_object() && (isScriptObject(doc) || looksLikeDocument(doc)))
        result.items.append(reader.read(doc, 0));
    else {
        result.error = tr("The file holds no documents or scripts.") + u' ' + expectedShape();
        return result;
    }
    if (list) {
        if (list->empty()) {
            result.error = tr("The file holds an empty list: there is nothing to import.");
            return result;
        }
        int index = 0;
        for (const json& value : *list)
            result.items.append(reader.read(value, index++));
    }
    return result;
}

} // namespace st
