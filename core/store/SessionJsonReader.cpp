#include "core/store/SessionJsonReader.h"

#include "core/util/JsonInput.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUuid>
#include <limits>
#include <nlohmann/json.hpp>

namespace st {
namespace {

using Json = nlohmann::ordered_json;
using Error = SessionImportError;

constexpr int kMaxNameChars = 1000;
constexpr int kMaxShortChars = 200;            // provider, model, original_language
constexpr qint64 kMaxTimeMs = 253402300799999; // 9999-12-31T23:59:59.999Z
constexpr qint64 kMaxInt = std::numeric_limits<int>::max();
constexpr qint64 kMaxChapter = 100000;

QString str(const Json& value)
{
    return QString::fromStdString(value.get<std::string>());
}

std::string compact(const Json& value)
{
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

/// The fields of one object, checked one by one. The first failure is kept in \a error and
/// every check after it does nothing and returns false.
class Fields
{
public:
    Fields(const Json& object, QString path, Error& error)
        : m_object(object), m_path(std::move(path)), m_error(error)
    {}

    QString path(const char* key) const { return m_path + QString::fromLatin1(key); }

    bool fail(const char* key, const QString& expected)
    {
        if (m_error.ok())
            m_error = Error::invalid(path(key), expected);
        return false;
    }

    /// The value of \a key, or nullptr when it is absent or null: a failure when \a required
    /// (missing, or not \a expected).
    const Json* value(const char* key, bool required, const QString& expected)
    {
        if (!m_error.ok())
            return nullptr;
        const auto it = m_object.find(key);
        if (it == m_object.end()) {
            if (required)
                m_error = Error::missing(path(key));
            return nullptr;
        }
        if (it->is_null()) {
            if (required)
                fail(key, expected);
            return nullptr;
        }
        return &*it;
    }

    bool text(const char* key, QString& out, int maxChars, bool required = true)
    {
        const QString expected =
            required ? SessionJsonReader::tr("text") : SessionJsonReader::tr("text or null");
        const Json* v = value(key, required, expected);
        if (!v)
            return m_error.ok();
        if (!v->is_string())
            return fail(key, expected);
        out = str(*v);
        if (out.size() > maxChars)
            return fail(key, SessionJsonReader::tr("text of at most %1 characters").arg(maxChars));
        return true;
    }

    bool integer(const char* key, qint64& out, qint64 min, qint64 max, bool required)
    {
        const QString expected =
            (required ? SessionJsonReader::tr("a whole number from %1 to %2")
                      : SessionJsonReader::tr("null or a whole number from %1 to %2"))
                .arg(min)
                .arg(max);
        const Json* v = value(key, required, expected);
        if (!v)
            return m_error.ok();
        if (v->is_number_unsigned() && v->get<std::uint64_t>() > std::uint64_t(max))
            return fail(key, expected);
        if (!v->is_number_integer() || v->get<std::int64_t>() < min || v->get<std::int64_t>() > max)
            return fail(key, expected);
        out = v->get<std::int64_t>();
        return true;
    }

    bool number(const char* key, int& out, qint64 min, qint64 max, bool required)
    {
        qint64 wide = out;
        if (!integer(key, wide, min, max, required))
            return false;
        out = int(wide);
        return true;
    }

    /// ISO-8601 with a zone ("Z" or an offset), or ms since the epoch.
    bool time(const char* key, qint64& out, bool required)
    {
        static const QRegularExpression zoned(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d{1,3})?)?"
                           "(Z|[+-]\\d\\d:\\d\\d)$"));
        const QString expected =
            SessionJsonReader::tr("a date and time in UTC such as 2024-05-01T19:02:03.120Z");
        const Json* v = value(key, required, expected);
        if (!v)
            return m_error.ok();
        qint64 ms = -1;
        if (v->is_number_integer()) {
            if (!v->is_number_unsigned() || v->get<std::uint64_t>() <= std::uint64_t(kMaxTimeMs))
                ms = v->get<std::int64_t>();
        } else if (v->is_string()) {
            const QString text = str(*v);
            const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (zoned.match(text).hasMatch() && when.isValid())
                ms = when.toMSecsSinceEpoch();
        }
        if (ms < 0 || ms > kMaxTimeMs)
            return fail(key, expected);
        out = ms;
        return true;
    }

    bool uuid(const char* key, QString& out, bool required)
    {
        QString text;
        if (!this->text(key, text, 64, required))
            return false;
        if (text.isEmpty() && !required)
            return true;
        const QUuid id = QUuid::fromString(text);
        if (id.isNull())
            return fail(key, required
                                 ? SessionJsonReader::tr("a UUID such as "
                                                         "0f8fad5b-d9cb-469f-a165-70867728950e")
                                 : SessionJsonReader::tr("null or a UUID"));
        out = id.toString(QUuid::WithoutBraces);
        return true;
    }

    /// complete, interrupted or error; "streaming" is read as interrupted (no reply is being
    /// written any more).
    bool status(const char* key, MessageRecord::Status& out)
    {
        QString name;
        if (!text(key, name, 20))
            return false;
        static const QStringList names{QStringLiteral("complete"), QStringLiteral("interrupted"),
                                       QStringLiteral("error"), QStringLiteral("streaming")};
        if (!names.contains(name))
            return fail(key, SessionJsonReader::tr("one of: %1")
                                 .arg(QStringLiteral("complete, interrupted, error")));
        out = MessageRecord::statusFromName(name);
        if (out == MessageRecord::Status::Streaming)
            out = MessageRecord::Status::Interrupted;
        return true;
    }

    /// A JSON object kept as compact text; absent or null gives "{}".
    bool object(const char* key, QString& out)
    {
        const Json* v = value(key, false, {});
        if (!m_error.ok())
            return false;
        if (!v) {
            out = QStringLiteral("{}");
            return true;
        }
        if (!v->is_object())
            return fail(key, SessionJsonReader::tr("an object"));
        out = QString::fromStdString(compact(*v));
        return true;
    }

private:
    const Json& m_object;
    QString m_path;
    Error& m_error;
};

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
    s.scriptBody = QString::fromStdString(compact(*body));
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
    JsonInput::OrderedParsed parsed = JsonInput::parseOrdered(bytes);
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

    SessionDocument document;
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
    if (messages->size() > std::size_t(SessionJson::maxMessages)) {
        top.fail("messages", tr("a list of at most %1 messages").arg(SessionJson::maxMessages));
        return result;
    }
    int previousSeq = 0;
    int index = 0;
    for (const Json& m : *messages) {
        if (!m.is_object()) {
            error = Error::invalid(QStringLiteral("messages[%1]").arg(index), tr("an object"));
            return result;
        }
        MessageRecord record;
        QVector<ReplyVersions::Version> alternatives;
        if (!readMessage(m, index, previousSeq, record, alternatives, error))
            return result;
        previousSeq = record.seq;
        document.messages.append(record);
        if (!alternatives.isEmpty())
            document.alternatives.insert(record.seq, alternatives);
        ++index;
    }
    result.document = std::move(document);
    return result;
}

} // namespace st
