#pragma once

#include "core/store/MessageRecord.h"
#include "core/store/SessionImportError.h"

#include <QString>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>

namespace st {

/// The fields of one object of a session file, checked one by one for SessionJsonReader.
/// The first failure is kept in the error given and every check after it does nothing and
/// returns false. Each failure names the field by its path (messages[3].status) and says
/// what it should be.
class SessionJsonFields
{
public:
    using Json = nlohmann::ordered_json;
    using Error = SessionImportError;

    static constexpr int kMaxNameChars = 1000;
    static constexpr int kMaxShortChars = 200;            // provider, model, original_language
    static constexpr qint64 kMaxTimeMs = 253402300799999; // 9999-12-31T23:59:59.999Z
    static constexpr qint64 kMaxInt = std::numeric_limits<int>::max();
    static constexpr qint64 kMaxChapter = 100000;

    /// A string value as text.
    static QString text(const Json& value);
    /// A value as compact JSON text (invalid UTF-8 replaced).
    static std::string compact(const Json& value);

    SessionJsonFields(const Json& object, QString path, Error& error)
        : m_object(object), m_path(std::move(path)), m_error(error)
    {}

    QString path(const char* key) const { return m_path + QString::fromLatin1(key); }
    bool fail(const char* key, const QString& expected);
    /// The value of \a key, or nullptr when it is absent or null: a failure when \a required
    /// (missing, or not \a expected).
    const Json* value(const char* key, bool required, const QString& expected);
    bool text(const char* key, QString& out, int maxChars, bool required = true);
    bool integer(const char* key, qint64& out, qint64 min, qint64 max, bool required);
    bool number(const char* key, int& out, qint64 min, qint64 max, bool required);
    /// ISO-8601 with a zone ("Z" or an offset), or ms since the epoch.
    bool time(const char* key, qint64& out, bool required);
    bool uuid(const char* key, QString& out, bool required);
    /// complete, interrupted or error; "streaming" is read as interrupted (no reply is being
    /// written any more).
    bool status(const char* key, MessageRecord::Status& out);
    /// A JSON object kept as compact text; absent or null gives "{}".
    bool object(const char* key, QString& out);

private:
    const Json& m_object;
    QString m_path;
    Error& m_error;
};

} // namespace st
