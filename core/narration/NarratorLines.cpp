#include "core/narration/NarratorLines.h"

#include "core/narration/NarrationLog.h"

#include <QFile>
#include <nlohmann/json.hpp>

namespace st {

NarratorLines::NarratorLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcNarration) << "narrator lines missing:" << path;
        return;
    }
    try {
        const auto doc = nlohmann::json::parse(file.readAll().toStdString());
        for (auto lang = doc.begin(); lang != doc.end(); ++lang) {
            QHash<QString, QStringList>& byKey = m_lines[QString::fromStdString(lang.key())];
            for (auto kind = lang->begin(); kind != lang->end(); ++kind) {
                QStringList& list = byKey[QString::fromStdString(kind.key())];
                for (const auto& line : kind.value()) {
                    if (line.is_string())
                        list.append(QString::fromStdString(line.get<std::string>()));
                }
            }
        }
    } catch (const nlohmann::json::exception& e) {
        qCWarning(lcNarration) << "narrator lines unreadable:" << e.what();
        m_lines.clear();
    }
}

QString NarratorLines::jsonKey(Kind kind)
{
    switch (kind) {
    case Kind::Intro:
        return QStringLiteral("intro");
    case Kind::HookFallback:
        return QStringLiteral("hookFallback");
    case Kind::HookInvite:
        return QStringLiteral("hookInvite");
    case Kind::Question:
        return QStringLiteral("questions");
    case Kind::Reaction:
        return QStringLiteral("reactions");
    case Kind::ReactionToQuestion:
        return QStringLiteral("reactionsToQuestion");
    case Kind::ReactionToShort:
        return QStringLiteral("reactionsToShort");
    case Kind::WrapUp:
        return QStringLiteral("wrapUp");
    case Kind::AfterEnd:
        return QStringLiteral("afterEnd");
    case Kind::Resume:
        return QStringLiteral("resume");
    case Kind::AnswerIntro:
        return QStringLiteral("answerIntro");
    case Kind::AnswerLater:
        return QStringLiteral("answerLater");
    case Kind::AnswerUnknown:
        return QStringLiteral("answerUnknown");
    case Kind::AskAgain:
        return QStringLiteral("askAgain");
    case Kind::RepeatIntro:
        return QStringLiteral("repeatIntro");
    case Kind::BackIntro:
        return QStringLiteral("backIntro");
    case Kind::BackAhead:
        return QStringLiteral("backAhead");
    case Kind::BackPlace:
        return QStringLiteral("backPlace");
    case Kind::SkipIntro:
        return QStringLiteral("skipIntro");
    case Kind::LengthOffline:
        return QStringLiteral("lengthOffline");
    case Kind::Ponder:
        return QStringLiteral("ponder");
    }
    return {};
}

QStringList NarratorLines::lines(const QString& language, Kind kind) const
{
    const QString key = jsonKey(kind);
    QStringList result = m_lines.value(language).value(key);
    if (result.isEmpty())
        result = m_lines.value(QStringLiteral("en")).value(key);
    return result;
}

} // namespace st
