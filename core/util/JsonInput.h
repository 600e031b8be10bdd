#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>

namespace st {

/// JSON from outside (a server's reply, a file, a page's JSON-LD, a stored script): parsed
/// without exceptions and read without trusting its types. Every read of such JSON goes
/// through here rather than `value()`/`get<>()`, which throw `type_error` on a null or a
/// wrong type and `out_of_range` on a number that does not fit, and every parse bounds its
/// nesting so that the code that walks it (recursion, `dump()`) cannot exhaust the stack.
class JsonInput
{
    Q_DECLARE_TR_FUNCTIONS(st::JsonInput)
public:
    using Json = nlohmann::json;
    /// Deeper than this is refused (real documents nest a dozen levels).
    static constexpr int kMaxDepth = 64;

    enum class Error
    {
        None,
        Syntax,
        NumberOutOfRange,
        TooDeep
    };
    /// What went wrong, for a user ("not valid JSON at byte 12", …); empty for None.
    static QString message(Error error, qulonglong byte);

    template <typename J> struct Result
    {
        using Error = JsonInput::Error;
        J value;
        Error error = Error::None;
        qulonglong byte = 0; // Syntax: where
        bool ok() const { return error == Error::None; }
        QString message() const { return JsonInput::message(error, byte); }
    };
    using Parsed = Result<Json>;
    /// Keys in the order of the document (for what is written back as it came).
    using OrderedParsed = Result<nlohmann::ordered_json>;

    /// Parses \a bytes; never throws. Fails on anything but one JSON value (surrounding
    /// white space aside), on a number beyond a double (1e999), on nesting deeper than
    /// \a maxDepth arrays and objects.
    static Parsed parse(const QByteArray& bytes, int maxDepth = kMaxDepth);
    static Parsed parse(const char* begin, const char* end, int maxDepth = kMaxDepth);
    static OrderedParsed parseOrdered(const QByteArray& bytes, int maxDepth = kMaxDepth);
    /// Each element of a long top-level list, handed over as soon as it has been read.
    using ElementHandler = std::function<void(nlohmann::ordered_json&& element)>;
    /// parseOrdered for a document whose bulk is one list: every element of the top-level
    /// array member \a key goes to \a onElement as soon as it has been read and is then
    /// dropped, so the list is never held whole (the result keeps \a key as an empty array;
    /// a \a key that is not an array is kept as it is). Elements are handed over before the
    /// document is known to be valid: a caller uses what it gathered only when the result
    /// is ok().
    static OrderedParsed parseOrderedStreaming(const QByteArray& bytes, const char* key,
                                               const ElementHandler& onElement,
                                               int maxDepth = kMaxDepth);

    /// \a object's member \a key, or null when \a object is not an object or has none.
    static const Json* member(const Json& object, const char* key);
    /// A string member; nullopt when absent or not a string.
    static std::optional<QString> string(const Json& object, const char* key);
    /// \a value as a whole number in [min, max]: an integer, or a double with no fraction;
    /// nullopt for anything else (null, text, 2.5, out of range).
    static std::optional<qint64> integer(const Json& value, qint64 min, qint64 max);
    static std::optional<qint64> integer(const Json& object, const char* key, qint64 min,
                                         qint64 max);
    /// A finite number member; nullopt when absent, not a number or not finite.
    static std::optional<double> number(const Json& object, const char* key);
    /// A boolean member; nullopt when absent or not a boolean.
    static std::optional<bool> boolean(const Json& object, const char* key);
    /// \a value as a list of floats: an array of finite numbers within float's range;
    /// nullopt for anything else.
    static std::optional<QVector<float>> floats(const Json& value);
    /// How deep \a value nests (a scalar: 0, `[]`: 1), counted without recursion.
    static int depth(const Json& value);
};

} // namespace st
