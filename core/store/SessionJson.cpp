#include "core/store/SessionJson.h"

#include "core/store/SessionJsonReader.h"
#include "core/store/StoreLog.h"

#include <QDateTime>
#include <nlohmann/json.hpp>

namespace st {
namespace {

using Json = nlohmann::ordered_json;

std::string utf8(const QString& text)
{
    return text.toStdString();
}

Json textOrNull(const QString& text)
{
    return text.isEmpty() ? Json(nullptr) : Json(utf8(text));
}

Json numberOrNull(int value)
{
    return value < 0 ? Json(nullptr) : Json(value);
}

Json time(qint64 ms)
{
    return utf8(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
}

/// Stored JSON text as a value: an object as itself; anything that does not parse (never
/// written by the app) as the string it is, so nothing is lost.
Json embedded(const QString& text, const char* what)
{
    Json value = Json::parse(text.toStdString(), nullptr, false);
    if (value.is_discarded()) {
        qCWarning(lcStore) << "session export:" << what << "is not JSON; kept as text";
        return utf8(text);
    }
    return value;
}

Json sessionObject(const SessionDocument& d)
{
    const SessionRecord& s = d.session;
    Json session = Json::object();
    session["uuid"] = utf8(s.uuid);
    session["name"] = utf8(s.name);
    session["language"] = utf8(s.language);
    session["provider"] = utf8(s.provider);
    session["model"] = textOrNull(d.model);
    session["created_at"] = time(s.createdAt);
    session["last_used_at"] = time(s.lastUsedAt);
    session["forked_from"] = textOrNull(d.forkedFromUuid);
    session["summary"] = textOrNull(s.summary);
    session["summary_upto_seq"] = s.summaryUptoSeq;
    Json metadata = embedded(d.metadata.isEmpty() ? QStringLiteral("{}") : d.metadata, "metadata");
    session["metadata"] = metadata.is_object() ? metadata : Json::object();
    if (s.hasScript()) {
        Json script = Json::object();
        script["title"] = utf8(s.scriptTitle);
        script["body"] = embedded(s.scriptBody, "the script");
        session["script"] = script;
    } else {
        session["script"] = nullptr;
    }
    return session;
}

/// A reply still being written is exported as what it becomes at the next start.
Json statusName(MessageRecord::Status status)
{
    return utf8(MessageRecord::statusName(
        status == MessageRecord::Status::Streaming ? MessageRecord::Status::Interrupted : status));
}

Json alternativeObject(const ReplyVersions::Version& v)
{
    Json alternative = Json::object();
    alternative["content"] = utf8(v.content);
    alternative["status"] = statusName(v.status);
    alternative["chapter"] = numberOrNull(v.chapter);
    alternative["prompt_tokens"] = numberOrNull(v.promptTokens);
    alternative["completion_tokens"] = numberOrNull(v.completionTokens);
    alternative["written_at"] = time(v.writtenAt);
    return alternative;
}

Json messageObject(const MessageRecord& m, const QVector<ReplyVersions::Version>& versions)
{
    Json message = Json::object();
    message["seq"] = m.seq;
    message["role"] = utf8(MessageRecord::roleName(m.role));
    message["content"] = utf8(m.content);
    message["status"] = statusName(m.status);
    message["chapter"] = numberOrNull(m.chapter);
    message["prompt_tokens"] = numberOrNull(m.promptTokens);
    message["completion_tokens"] = numberOrNull(m.completionTokens);
    message["created_at"] = time(m.createdAt);
    message["updated_at"] = time(m.updatedAt);
    message["original"] = textOrNull(m.original);
    message["original_language"] = textOrNull(m.originalLanguage);
    Json alternatives = Json::array();
    for (const ReplyVersions::Version& v : versions)
        alternatives.push_back(alternativeObject(v));
    message["alternatives"] = std::move(alternatives);
    return message;
}

} // namespace

QByteArray SessionJson::write(const SessionDocument& document)
{
    Json root = Json::object();
    root["format"] = formatName;
    root["version"] = version;
    root["session"] = sessionObject(document);
    Json messages = Json::array();
    for (const MessageRecord& m : document.messages)
        messages.push_back(messageObject(m, document.alternatives.value(m.seq)));
    root["messages"] = std::move(messages);
    const std::string text = root.dump(2, ' ', false, Json::error_handler_t::replace);
    return QByteArray::fromStdString(text) + '\n';
}

SessionJson::ReadResult SessionJson::read(const QByteArray& json)
{
    return SessionJsonReader().read(json);
}

} // namespace st
