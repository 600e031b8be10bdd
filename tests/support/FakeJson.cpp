#include "support/FakeJson.h"

#include <cmath>

namespace st {

QByteArray FakeJson::string(const QString& text, Style style)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '<':
        case '>':
        case '&':
            if (style == Style::Go)
                out += "\\u00" + QByteArray::number(u, 16).rightJustified(2, '0');
            else
                out += c;
            break;
        default:
            if (u < 0x20)
                out += "\\u00" + QByteArray::number(u, 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
    return out;
}

QByteArray FakeJson::stringOrNull(const QString& text, Style style)
{
    return text.isEmpty() ? QByteArrayLiteral("null") : string(text, style);
}

QByteArray FakeJson::number(float value)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("0");
    for (int precision = 1; precision < 9; ++precision) {
        const QByteArray text = QByteArray::number(double(value), 'g', precision);
        if (text.toFloat() == value)
            return text;
    }
    return QByteArray::number(double(value), 'g', 9);
}

QByteArray FakeJson::array(const QVector<float>& values)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        out += number(values.at(i));
    }
    return out + ']';
}

} // namespace st
