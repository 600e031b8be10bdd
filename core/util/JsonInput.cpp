#include "core/util/JsonInput.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace st {

QString JsonInput::message(Error error, qulonglong byte)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Syntax:
        return tr("It is not valid JSON (at byte %1).").arg(byte);
    case Error::NumberOutOfRange:
        return tr("It holds a number too large to read.");
    case Error::TooDeep:
        return tr("It is nested more than %1 levels deep.").arg(kMaxDepth);
    }
    return {};
}

namespace {

/// Parses with nlohmann's callback parser; \a keep(depth, event, value) decides, after the
/// depth bound, whether a value stays in the document.
template <typename J, typename Keep>
JsonInput::Result<J> parseAs(const char* begin, const char* end, int maxDepth, Keep keep)
{
    using Error = JsonInput::Error;
    JsonInput::Result<J> result;
    bool tooDeep = false;
    try {
        // nlohmann's parser keeps its own stack (no recursion); the callback sees the
        // depth of every value as it starts.
        result.value = J::parse(
            begin, end,
            [&tooDeep, maxDepth, &keep](int depth, typename J::parse_event_t event, J& value) {
                if ((event == J::parse_event_t::object_start ||
                     event == J::parse_event_t::array_start) &&
                    depth >= maxDepth)
                    tooDeep = true;
                if (tooDeep)
                    return false; // once too deep, nothing more is kept
                return keep(depth, event, value);
            });
    } catch (const typename J::parse_error& e) {
        result.value = J();
        result.error = Error::Syntax;
        result.byte = e.byte;
        return result;
    } catch (const typename J::out_of_range&) {
        // "number overflow parsing '1e999'" (no position in the exception)
        result.value = J();
        result.error = Error::NumberOutOfRange;
        return result;
    } catch (const typename J::exception&) {
        result.value = J();
        result.error = Error::Syntax;
        return result;
    }
    if (tooDeep) {
        result.value = J();
        result.error = Error::TooDeep;
    }
    return result;
}

template <typename J> JsonInput::Result<J> parseAs(const char* begin, const char* end, int maxDepth)
{
    return parseAs<J>(begin, end, maxDepth,
                      [](int, typename J::parse_event_t, J&) { return true; });
}

} // namespace

JsonInput::Parsed JsonInput::parse(const QByteArray& bytes, int maxDepth)
{
    return parse(bytes.constData(), bytes.constData() + bytes.size(), maxDepth);
}

JsonInput::Parsed JsonInput::parse(const char* begin, const char* end, int maxDepth)
{
    return parseAs<Json>(begin, end, maxDepth);
}

JsonInput::OrderedParsed JsonInput::parseOrdered(const QByteArray& bytes, int maxDepth)
{
    return parseAs<nlohmann::ordered_json>(bytes.constData(), bytes.constData() + bytes.size(),
                                           maxDepth);
}

JsonInput::OrderedParsed JsonInput::parseOrderedStreaming(const QByteArray& bytes, const char* key,
                                                          const ElementHandler& onElement,
                                                          int maxDepth)
{
    using J = nlohmann::ordered_json;
    using Event = J::parse_event_t;
    // Depths as nlohmann counts them: the root is 0, its members' keys 1, the list 1, the
    // list's elements 2 (an element's own start and end events included).
    bool underKey = false; // the last key of the root was \a key
    bool inList = false;   // inside the list under \a key
    const auto keep = [&](int depth, Event event, J& value) {
        if (depth == 1 && event == Event::key) {
            underKey = value.is_string() && value.get_ref<const std::string&>() == key;
            inList = false;
        } else if (depth == 1 && event == Event::array_start) {
            inList = underKey;
        } else if (depth == 1 && event == Event::array_end) {
            inList = false;
        } else if (depth == 2 && inList &&
                   (event == Event::object_end || event == Event::array_end ||
                    event == Event::value)) {
            onElement(std::move(value));
            return false; // dropped from the list
        }
        return true;
    };
    return parseAs<J>(bytes.constData(), bytes.constData() + bytes.size(), maxDepth, keep);
}

const JsonInput::Json* JsonInput::member(const Json& object, const char* key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

std::optional<QString> JsonInput::string(const Json& object, const char* key)
{
    const Json* v = member(object, key);
    if (!v || !v->is_string())
        return std::nullopt;
    return QString::fromStdString(v->get_ref<const std::string&>());
}

std::optional<qint64> JsonInput::integer(const Json& value, qint64 min, qint64 max)
{
    if (value.is_number_unsigned()) {
        const auto u = value.get<std::uint64_t>();
        if (u > std::uint64_t(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        const auto i = static_cast<qint64>(u);
        return i >= min && i <= max ? std::optional<qint64>(i) : std::nullopt;
    }
    if (value.is_number_integer()) {
        const auto i = value.get<std::int64_t>();
        return i >= min && i <= max ? std::optional<qint64>(i) : std::nullopt;
    }
    if (value.is_number_float()) {
        const double d = value.get<double>();
        // Checked as a double first: converting one out of range is undefined.
        // 2^63 is the first double past qint64 (double(INT64_MAX) rounds up to it).
        if (!std::isfinite(d) || d != std::floor(d) || d < -9223372036854775808.0 ||
            d >= 9223372036854775808.0)
            return std::nullopt;
        const auto i = static_cast<qint64>(d);
        return i >= min && i <= max ? std::optional<qint64>(i) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<qint64> JsonInput::integer(const Json& object, const char* key, qint64 min,
                                         qint64 max)
{
    const Json* v = member(object, key);
    return v ? integer(*v, min, max) : std::nullopt;
}

std::optional<double> JsonInput::number(const Json& object, const char* key)
{
    const Json* v = member(object, key);
    if (!v || !v->is_number())
        return std::nullopt;
    const double d = v->get<double>();
    return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

std::optional<bool> JsonInput::boolean(const Json& object, const char* key)
{
    const Json* v = member(object, key);
    if (!v || !v->is_boolean())
        return std::nullopt;
    return v->get<bool>();
}

std::optional<QVector<float>> JsonInput::floats(const Json& value)
{
    if (!value.is_array())
        return std::nullopt;
    QVector<float> out;
    out.reserve(static_cast<qsizetype>(value.size()));
    for (const Json& x : value) {
        if (!x.is_number())
            return std::nullopt;
        const double d = x.get<double>();
        if (!std::isfinite(d) || std::fabs(d) > double(std::numeric_limits<float>::max()))
            return std::nullopt;
        out.append(static_cast<float>(d));
    }
    return out;
}

int JsonInput::depth(const Json& value)
{
    int deepest = 0;
    std::vector<std::pair<const Json*, int>> stack{{&value, 0}};
    while (!stack.empty()) {
        const auto [v, d] = stack.back();
        stack.pop_back();
        if (!v->is_structured())
            continue;
        deepest = std::max(deepest, d + 1);
        for (const Json& child : *v)
            stack.emplace_back(&child, d + 1);
    }
    return deepest;
}

} // namespace st
