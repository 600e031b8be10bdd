#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace st {

/// The bits of JSON the fake responses write by hand, so that their bytes are exactly the
/// ones in shared/protocols.md (compact, keys in the vendors' order, UTF-8 left as is).
class FakeJson
{
public:
    enum class Style
    {
        Plain, ///< escapes only '"', '\\' and control characters (OpenAI, llama.cpp)
        Go     ///< also '<', '>', '&' as \u003c, \u003e, \u0026, as Go's encoding/json (Ollama)
    };

    /// \a text as a quoted JSON string.
    static QByteArray string(const QString& text, Style style = Style::Plain);
    /// A quoted string, or null when \a text is empty.
    static QByteArray stringOrNull(const QString& text, Style style = Style::Plain);
    /// The shortest decimal that reads back as \a value ("0.1", "-2.5e-05", "1").
    static QByteArray number(float value);
    /// [a,b,c]
    static QByteArray array(const QVector<float>& values);
};

} // namespace st
