#include "support/FakeTokenizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringView>

namespace st {
namespace {

bool isIdeographicScript(char32_t ucs4)
{
    switch (QChar::script(ucs4)) {
    case QChar::Script_Han:
    case QChar::Script_Hangul:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return true;
    default:
        return false;
    }
}

bool isMark(char32_t ucs4)
{
    const QChar::Category category = QChar::category(ucs4);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

/// A string, or the text parts of an array of content parts, or token ids.
int valueTokens(const QJsonValue& value)
{
    if (value.isString())
        return FakeTokenizer::estimateTokens(value.toString());
    if (value.isDouble())
        return 1;
    int tokens = 0;
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            tokens += valueTokens(item);
    } else if (value.isObject()) {
        tokens += valueTokens(value.toObject().value(QStringLiteral("text")));
    }
    return tokens;
}

} // namespace

int FakeTokenizer::estimateTokens(const QString& text)
{
    int tokens = 0;
    int run = 0;
    const auto flush = [&] {
        tokens += (run + 3) / 4;
        run = 0;
    };
    for (const char32_t ucs4 : text.toUcs4()) {
        if (isIdeographicScript(ucs4)) {
            flush();
            ++tokens;
        } else if (QChar::isLetterOrNumber(ucs4)) {
            ++run;
        } else if (!(run > 0 && isMark(ucs4))) {
            flush();
        }
    }
    flush();
    return tokens;
}

int FakeTokenizer::promptTokens(const QString& path, const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.isEmpty())
        return 0;
    if (path.endsWith(QLatin1String("/chat/completions")) ||
        path.endsWith(QLatin1String("/api/chat"))) {
        int tokens = 0;
        for (const QJsonValue& message : object.value(QStringLiteral("messages")).toArray())
            tokens += valueTokens(message.toObject().value(QStringLiteral("content")));
        return tokens;
    }
    if (path.endsWith(QLatin1String("/embeddings")) || path.endsWith(QLatin1String("/api/embed")))
        return valueTokens(object.value(QStringLiteral("input"))) +
               valueTokens(object.value(QStringLiteral("prompt")));
    if (path.endsWith(QLatin1String("/completions")) ||
        path.endsWith(QLatin1String("/api/generate")))
        return valueTokens(object.value(QStringLiteral("prompt")));
    return 0;
}

} // namespace st
