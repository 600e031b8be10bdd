#include "core/store/SessionJsonFields.h"

#include "core/store/SessionJsonReader.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUuid>

namespace st {

QString SessionJsonFields::text(const Json& value)
{
    return QString::fromStdString(value.get<std::string>());
}

std::string SessionJsonFields::compact(const Json& value)
{
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

bool SessionJsonFields::fail(const char* key, const QString& expected)
{
    if (m_error.ok())
        m_error = Error::invalid(path(key), expected);
    return false;
}

const SessionJsonFields::Json* SessionJsonFields::value(const char* key, bool required,
                                                        const QString& expected)
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

bool SessionJsonFields::text(const char* key, QString& out, int maxChars, bool required)
{
    const QString expected =
        required ? SessionJsonReader::tr("text") : SessionJsonReader::tr("text or null");
    const Json* v = value(key, required, expected);
    if (!v)
        return m_error.ok();
    if (!v->is_string())
        return fail(key, expected);
    out = SessionJsonFields::text(*v);
    if (out.size() > maxChars)
        return fail(key, SessionJsonReader::tr("text of at most %1 characters").arg(maxChars));
    return true;
}

bool SessionJsonFields::integer(const char* key, qint64& out, qint64 min, qint64 max, bool required)
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

bool SessionJsonFields::number(const char* key, int& out, qint64 min, qint64 max, bool required)
{
    qint64 wide = out;
    if (!integer(key, wide, min, max, required))
        return false;
    out = int(wide);
    return true;
}

bool SessionJsonFields::time(const char* key, qint64& out, bool required)
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
        const QString text = SessionJsonFields::text(*v);
        const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (zoned.match(text).hasMatch() && when.isValid())
            ms = when.toMSecsSinceEpoch();
    }
    if (ms < 0 || ms > kMaxTimeMs)
        return fail(key, expected);
    out = ms;
    return true;
}

bool SessionJsonFields::uuid(const char* key, QString& out, bool required)
{
    QString text;
    if (!this->text(key, text, 64, required))
        return false;
    if (text.isEmpty() && !required)
        return true;
    const QUuid id = QUuid::fromString(text);
    if (id.isNull())
        return fail(key, required ? SessionJsonReader::tr("a UUID such as "
                                                          "0f8fad5b-d9cb-469f-a165-70867728950e")
                                  : SessionJsonReader::tr("null or a UUID"));
    out = id.toString(QUuid::WithoutBraces);
    return true;
}

bool SessionJsonFields::status(const char* key, MessageRecord::Status& out)
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

bool SessionJsonFields::object(const char* key, QString& out)
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
    out = QString::fromStdString(SessionJsonFields::compact(*v));
    return true;
}
} // namespace st
