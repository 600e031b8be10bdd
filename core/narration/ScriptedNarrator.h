#pragma once

#include "core/narration/Narrator.h"
#include "core/narration/OfflineNarrator.h"

namespace st {

/// The offline narrator behind the Narrator interface: OfflineNarrator's text, streamed
/// word by word at the configured pace, so it looks exactly like a model's reply.
class ScriptedNarrator : public Narrator
{
public:
    ScriptedNarrator(Script script, const NarratorLines& lines, QString language, int msPerWord,
                     std::function<int(int)> random = {});

    int chapterCount() const override { return m_narrator.chapterCount(); }
    int position() const override { return m_narrator.position(); }
    void restore(int chaptersTold, const QString& lastNarratorText) override;
    Turn opening() override;
    Turn reply(const QString& answer) override;
    Turn retell(int chapter, const QString& answer) override;
    Turn continueTurn(int chapter, const QString& answer, const QString& partial) override;
    QString welcomeBack() const override { return m_narrator.welcomeBack(); }
    Turn answerQuestion(const QString& question, const StoryIndex& index) override;
    Turn tellAgain(int chapter, bool back, const QString& message) override;
    Turn skipToEnd(const QString& message) override;
    Turn changeLength(int length, const QString& message) override;
    void setAudiobook(bool on) override { m_narrator.setAudiobook(on); }

    /// What is left of \a full once \a partial (a cut-off telling of it, perhaps with another
    /// reaction in front) has been said.
    static QString remainder(const QString& full, const QString& partial);

private:
    Turn stream(const OfflineNarrator::Turn& turn, const QString& text) const;

    OfflineNarrator m_narrator;
    int m_msPerWord;
};

} // namespace st
