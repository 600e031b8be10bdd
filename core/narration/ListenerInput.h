#pragma once

#include "core/narration/ListenerTurn.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace st {

class InputTranslator;
class TurnJudge;

/// A model's help with a listener's message before the narrator answers it: a judge for a
/// turn the rules are unsure of, a translator for an answer in another language. One step
/// at a time; cancel() drops the step in progress (its callback is not called).
class ListenerInput : public QObject
{
    Q_OBJECT
public:
    using Judged = std::function<void(std::optional<ListenerTurn::Kind> kind)>;
    using Translated = std::function<void(const QString& translation, const QString& error)>;

    explicit ListenerInput(QObject* parent = nullptr);
    ~ListenerInput() override;

    void setJudge(std::unique_ptr<TurnJudge> judge);
    void setTranslator(std::unique_ptr<InputTranslator> translator);
    bool canJudge() const { return m_judge != nullptr; }
    bool canTranslate() const { return m_translator != nullptr; }
    bool isBusy() const { return m_judging || m_translating; }

    /// Asks what \a message is, after the narrator said \a said; \a done gets the kind, or
    /// nullopt when the judge could not tell (the rules' guess stands).
    void judge(const QString& message, const QString& said, Judged done);
    /// Translates \a text into \a toLanguage; \a done gets the translation or an error.
    void translate(const QString& text, const QString& toLanguage, Translated done);
    /// Drops the step in progress; false when there was none.
    bool cancel();

Q_SIGNALS:
    /// A step began (the chat is busy from here until its callback).
    void started();

private:
    std::unique_ptr<TurnJudge> m_judge;
    std::unique_ptr<InputTranslator> m_translator;
    bool m_judging = false;
    bool m_translating = false;
};

} // namespace st
