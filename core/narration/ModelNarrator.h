#pragma once

#include "core/narration/Narrator.h"
#include "core/script/Script.h"

#include <QHash>

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
    Turn answerQuestion(const QString& question, const StoryIndex& index) override;
    Turn tellAgain(int chapter, bool back, const QString& message) override;
    Turn skipToEnd(const QString& message) override;
    Turn changeLength(int length, const QString& message) override;
    void setLength(int length) override;
    void setAudiobook(bool on) override { m_audiobook = on; }

    /// Passages retrieved for a question: the best from chapters told and from the rest.
    static constexpr int kToldPassages = 3;
    static constexpr int kLaterPassages = 2;

    /// The request for chapter \a chapter (0: the opening) after \a answer.
    ChatRequest request(int chapter, const QString& answer) const;
    /// The request answering \a question at the place reached, with \a index's passages.
    ChatRequest questionRequest(const QString& question, const StoryIndex& index) const;

private:
    Turn turn(int chapter, ChatRequest request) const;
    /// A request of the narrator's system prompt with the turn \a turnName rendered from
    /// \a values, the recent messages that fit and the listener's \a message.
    ChatRequest build(const QString& turnName, QHash<QString, QString> values,
                      const QString& message) const;
    QHash<QString, QString> baseValues(int chapter) const;
    /// The listener's message as sent (4,000 characters at most), or "ready" ("listening"
    /// in audiobook mode) when empty.
    QString listenerText(const QString& message) const;

    Script m_script;
    QVector<Script::Section> m_chapters;
    QString m_language;
    ModelClient& m_client;
    QVector<ChatRequest::Message> m_history;
    QString m_summary;
    int m_position = 0;
    int m_length = 0; // -1 shorter, 1 longer
    bool m_audiobook = false;
};

} // namespace st
