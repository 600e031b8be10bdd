#include "core/store/SessionJsonReader.h"

#include "core/store/SessionJsonFields.h"
#include "core/util/JsonInput.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUuid>
#include <algorithm>
#include <limits>
#include <nlohmann/json.hpp>

namespace st {
namespace {

using Json = SessionJsonFields::Json;
using Error = SessionImportError;
using Fields = SessionJsonFields;

constexpr int kMaxNameChars = Fields::kMaxNameChars;
constexpr int kMaxShortChars = Fields::kMaxShortChars;
constexpr qint64 kMaxInt = Fields::kMaxInt;
constexpr qint64 kMaxChapter = Fields::kMaxChapter;

QString str(const Json& value)
{
    return Fields::text(value);
}

bool readScript(const Json& session, SessionRecord& s, Error& error)
{
    const auto it = session.find("script");
    if (it == session.end() || it->is_null())
        return true;
    Fields outer(session, QStringLiteral("session."), error);
    if (!it->is_object())
        return outer.fail("script",
                          SessionJsonReader::tr("null or an object with a title and a body"));
    Fields script(*it, QStringLiteral("session.script."), error);
    if (!script.text("title", s.scriptTitle, kMaxNameChars))
        return false;
    const QString expected = SessionJsonReader::tr("the story's script: an object with its "
                                                   "sections");
    const Json* body = script.value("body", true, expected);
    if (!body)
        return false;
    if (body->is_string() && !body->get<std::string>().empty()) {
        s.scriptBody = str(*body); // an export keeps a body that was not JSON as text
        return true;
    }
    if (!body->is_object() || !body->contains("sections"))
        return script.fail("body", expected);
    s.scriptBody = QString::fromStdString(Fields::compact(*body));
    return true;
}

bool readSession(const Json& object, SessionDocument& d, Error& error)
{
    static const QRegularExpression languageCode(
        QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$"));
    SessionRecord& s = d.session;
    Fields f(object, QStringLiteral("session."), error);
    if (!f.uuid("uuid", s.uuid, true) || !f.text("name", s.name, kMaxNameChars) ||
        !f.text("language", s.language, 35))
        return false;
    if (!languageCode.match(s.language).hasMatch())
        return f.fail("language",
                      SessionJsonReader::tr("a language code such as en, ko, ja or es"));
    s.provider = QStringLiteral("offline");
    if (!f.text("provider", s.provider, kMaxShortChars, false))
        return false;
    if (s.provider.isEmpty())
        return f.fail("provider", SessionJsonReader::tr("the name of a model service, or null"));
    if (!f.text("model", d.model, kMaxShortChars, false) ||
        !f.time("created_at", s.createdAt, true) || !f.time("last_used_at", s.lastUsedAt, true) ||
        !f.uuid("forked_from", d.forkedFromUuid, false) ||
        !f.text("summary", s.summary, std::numeric_limits<int>::max(), false) ||
        !f.number("summary_upto_seq", s.summaryUptoSeq, 0, kMaxInt, false) ||
        !f.object("metadata", d.metadata) || !readScript(object, s, error))
        return false;
    if (d.forkedFromUuid == s.uuid)
        d.forkedFromUuid.clear();
    return true;
}

/// messages[i].alternatives: the earlier versions of a regenerated reply, oldest first.
bool readAlternatives(const Json& list, const QString& path, QVector<ReplyVersions::Version>& out,
                      Error& error)
{
    for (std::size_t j = 0; j < list.size(); ++j) {
        const Json& object = list.at(j);
        const QString at = path + QStringLiteral("[%1]").arg(j);
        if (!object.is_object()) {
            error = Error::invalid(at, SessionJsonReader::tr("an object"));
            return false;
        }
        Fields f(object, at + u'.', error);
        ReplyVersions::Version v;
        if (!f.text("content", v.content, std::numeric_limits<int>::max()) ||
            !f.status("status", v.status) ||
            !f.number("chapter", v.chapter, 0, kMaxChapter, false) ||
            !f.number("prompt_tokens", v.promptTokens, 0, kMaxInt, false) ||
            !f.number("completion_tokens", v.completionTokens, 0, kMaxInt, false) ||
            !f.time("written_at", v.writtenAt, true))
            return false;
        out.append(v);
    }
    return true;
}

bool readMessage(const Json& object, int index, int previousSeq, MessageRecord& m,
                 QVector<ReplyVersions::Version>& alternatives, Error& error)
{
    const QString path = QStringLiteral("messages[%1].").arg(index);
    Fields f(object, path, error);
    QString role;
    qint64 seq = 0;
    if (!f.integer("seq", seq, 1, kMaxInt, true))
        return false;
    if (seq <= previousSeq)
        return f.fail("seq", SessionJsonReader::tr("a number greater than the previous "
                                                   "message's (%1)")
                                 .arg(previousSeq));
    m.seq = int(seq);
    if (!f.text("role", role, 20))
        return false;
    if (role != QLatin1String("system") && role != QLatin1String("user") &&
        role != QLatin1String("assistant"))
        return f.fail(
            "role",
            SessionJsonReader::tr("one of: %1").arg(QStringLiteral("user, assistant, system")));
    m.role = MessageRecord::roleFromName(role);
    if (!f.text("content", m.content, std::numeric_limits<int>::max()) ||
        !f.status("status", m.status) || !f.number("chapter", m.chapter, 0, kMaxChapter, false) ||
        !f.number("prompt_tokens", m.promptTokens, 0, kMaxInt, false) ||
        !f.number("completion_tokens", m.completionTokens, 0, kMaxInt, false) ||
        !f.time("created_at", m.createdAt, true))
        return false;
    m.updatedAt = m.createdAt;
    if (!f.time("updated_at", m.updatedAt, false) ||
        !f.text("original", m.original, std::numeric_limits<int>::max(), false) ||
        !f.text("original_language", m.originalLanguage, kMaxShortChars, false))
        return false;
    const QString objects = SessionJsonReader::tr("a list of objects");
    const Json* list = f.value("alternatives", false, objects);
    if (!list)
        return error.ok();
    if (!list->is_array())
        return f.fail("alternatives", objects);
    return readAlternatives(*list, path + QStringLiteral("alternatives"), alternatives, error);
}

} // namespace

SessionJson::ReadResult SessionJsonReader::read(const QByteArray& bytes) const
{
    SessionJson::ReadResult result;
    Error& error = result.error;
    if (bytes.size() > SessionJson::maxBytes) {
        error.kind = Error::Kind::TooLarge;
        error.detail = QString::number(bytes.size());
        return result;
    }
    // Bounded nesting: metadata and script bodies are kept by dumping them (recursively).
    // The messages are checked one by one as the parser reads them and only their records
    // kept, so a long session is never held whole as a JSON tree (~18× its size).
    SessionDocument document;
    Error messagesError; // the first message that failed its checks
    int previousSeq = 0;
    qint64 count = 0;
    const auto onMessage = [&](Json&& m) {
        const int index = int(std::min<qint64>(count++, kMaxInt));
        if (!messagesError.ok() || count > SessionJson::maxMessages)
            return;
        if (!m.is_object()) {
            messagesError =
                Error::invalid(QStringLiteral("messages[%1]").arg(index), tr("an object"));
            return;
        }
        MessageRecord record;
        QVector<ReplyVersions::Version> alternatives;
        if (!readMessage(m, index, previousSeq, record, alternatives, messagesError))
            return;
        previousSeq = record.seq;
        document.messages.append(record);
        if (!alternatives.isEmpty())
            document.alternatives.insert(record.seq, alternatives);
    };
    JsonInput::OrderedParsed parsed =
        JsonInput::parseOrderedStreaming(bytes, "messages", onMessage);
    if (!parsed.ok()) {
        error.kind = Error::Kind::NotJson;
        error.detail = parsed.error == JsonInput::Parsed::Error::Syntax
                           ? tr("at byte %1").arg(parsed.byte)
                           : parsed.message();
        return result;
    }
    const Json root = std::move(parsed.value);
    const auto format = root.is_object() ? root.find("format") : root.end();
    if (!root.is_object() || format == root.end() || !format->is_string() ||
        format->get<std::string>() != SessionJson::formatName) {
        error.kind = Error::Kind::NotSessionFile;
        if (root.is_object() && format != root.end() && format->is_string())
            error.detail = str(*format);
        return result;
    }
    Fields top(root, QString(), error);
    qint64 version = 0;
    const Json* v = top.value("version", true, tr("a whole number"));
    if (v && v->is_number_integer() && v->get<std::int64_t>() > SessionJson::version) {
        error.kind = Error::Kind::NewerVersion;
        error.detail = QString::number(v->get<std::int64_t>());
        return result;
    }
    if (!top.integer("version", version, 1, SessionJson::version, true))
        return result;

    const Json* session = top.value("session", true, tr("an object"));
    if (!session)
        return result;
    if (!session->is_object()) {
        top.fail("session", tr("an object"));
        return result;
    }
    if (!readSession(*session, document, error))
        return result;

    const Json* messages = top.value("messages", true, tr("a list of messages"));
    if (!messages)
        return result;
    if (!messages->is_array()) {
        top.fail("messages", tr("a list of messages"));
        return result;
    }
    if (count > SessionJson::maxMessages) {
        top.fail("messages", tr("a list of at most %1 messages").arg(SessionJson::maxMessages));
        return result;
    }
    // (A file with two "messages" members, which JSON leaves undefined, has both read in turn.)
    if (!messagesError.ok()) {
        error = messagesError;
        return result;
    }
    result.document = std::move(document);
    return result;
}

} // namespace st
