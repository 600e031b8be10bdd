#include "core/narration/ListenerInput.h"

#include "core/narration/InputTranslator.h"
#include "core/narration/NarrationLog.h"
#include "core/narration/TurnJudge.h"

namespace st {

ListenerInput::ListenerInput(QObject* parent) : QObject(parent) {}

ListenerInput::~ListenerInput()
{
    cancel();
}

void ListenerInput::setJudge(std::unique_ptr<TurnJudge> judge)
{
    m_judge = std::move(judge);
}

void ListenerInput::setTranslator(std::unique_ptr<InputTranslator> translator)
{
    m_translator = std::move(translator);
}

void ListenerInput::judge(const QString& message, const QString& said, Judged done)
{
    m_judging = true;
    Q_EMIT started();
    auto finish = [this, done](std::optional<ListenerTurn::Kind> kind) {
        m_judge->disconnect(this);
        m_judging = false;
        done(kind);
    };
    connect(m_judge.get(), &TurnJudge::judged, this,
            [finish](ListenerTurn::Kind kind) { finish(kind); });
    connect(m_judge.get(), &TurnJudge::failed, this, [finish](const QString& why) {
        qCInfo(lcNarration) << "turn not judged, the rules' guess stands:" << why;
        finish(std::nullopt);
    });
    m_judge->judge(message, said);
}

void ListenerInput::translate(const QString& text, const QString& toLanguage, Translated done)
{
    m_translating = true;
    Q_EMIT started();
    auto finish = [this, done](const QString& translation, const QString& error) {
        m_translator->disconnect(this);
        m_translating = false;
        done(translation, error);
    };
    connect(m_translator.get(), &InputTranslator::translated, this,
            [finish](const QString& translation) { finish(translation, QString()); });
    connect(m_translator.get(), &InputTranslator::failed, this,
            [finish](const QString& message) { finish(QString(), message); });
    m_translator->translate(text, toLanguage);
}

bool ListenerInput::cancel()
{
    if (m_judging) {
        m_judge->disconnect(this);
        m_judge->cancel();
        m_judging = false;
        return true;
    }
    if (m_translating) {
        m_translator->disconnect(this);
        m_translator->cancel();
        m_translating = false;
        return true;
    }
    return false;
}

} // namespace st
