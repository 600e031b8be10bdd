#pragma once

#include "core/story/Narrator.h"
#include "core/story/Script.h"

namespace st {

class ModelClient;

/// Tells the story through a model. Each turn's request carries the persona and rules,
/// the outline, the current chapter in full and the last few messages — never the whole
/// script or the whole history — so a turn stays bounded however long the session runs.
/// The prompts are resources (resources/prompts/).
class ModelNarrator : public Narrator
{
public:
    static constexpr int kRecentMessages = 4;
    static constexpr int kMaxRecentChars = 1200;

    ModelNarrator(Script script, QString language, ModelClient& client);

    int chapterCount() const override { return static_cast<int>(m_chapters.size()); }
    int position() const override { return m_position; }
    void restore(int chaptersTold, const QString& lastNarratorText) override;
    Turn opening() override;
    Turn reply(const QString& answer) override;
    Turn retell(int chapter, const QString& answer) override;
    Turn continueTurn(int chapter, const QString& answer, const QString& partial) override;
    QString welcomeBack() const override;
    void setHistory(const QVector<ChatRequest::Message>& history) override;
    void setSummary(const QString& summary) override { m_summary = summary; }

    /// The request for chapter \a chapter (0: the opening) after \a answer.
    ChatRequest request(int chapter, const QString& answer) const;
    static QString languageName(const QString& code);

private:
    Turn turn(int chapter, ChatRequest request) const;

    Script m_script;
    QVector<Script::Section> m_chapters;
    QString m_language;
    ModelClient& m_client;
    QVector<ChatRequest::Message> m_history;
    QString m_summary;
    int m_position = 0;
};

} // namespace st
