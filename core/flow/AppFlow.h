#pragma once

#include "core/flow/Page.h"
#include "core/match/Evaluation.h"

#include <QObject>

namespace st {

/// The page flow as a state machine, with no widgets and no storage:
///
/// | from     | event                         | to                         |
/// |----------|-------------------------------|----------------------------|
/// | Settings | submitSettings (name ≤ 120,  | Check                      |
/// |          | empty too)                    |                            |
/// | Settings | submitSettings (longer name)  | Settings + settingsRejected|
/// | Check    | evaluated: match              | Chat                       |
/// | Check    | evaluated: more detail        | Check + moreDetailNeeded   |
/// | Check    | acceptSuggestion (after more  | Chat                       |
/// |          | detail, nothing since)        |                            |
/// | Check    | evaluated: unknown            | Check + unknownStory       |
/// | Check    | exitToSettings                | Settings                   |
/// | Check    | openCreate                    | Create                     |
/// | Create   | closeCreate (saved/discarded) | Check                      |
/// | Chat     | endChat                       | Settings                   |
/// | any      | openSession (with history)    | Session                    |
/// | any      | openSession (no history)      | Check                      |
/// | Session  | continueSession               | Chat                       |
/// | Session  | exitToSettings                | Settings                   |
///
/// Any other event is refused (returns false) and the page stays. The name is counted
/// trimmed; an empty one is not refused: it makes a session called "Untitled", titled after
/// its story once one is chosen.
class AppFlow : public QObject
{
    Q_OBJECT
public:
    explicit AppFlow(QObject* parent = nullptr);

    Page page() const { return m_page; }

    bool submitSettings(const QString& sessionName);
    bool evaluated(Evaluation::Decision decision);
    /// "Yes, tell that one": the near match just offered is the story wanted.
    bool acceptSuggestion();
    /// A near match is on offer (the last event was evaluated: more detail).
    bool hasSuggestion() const { return m_suggestion; }
    bool exitToSettings();
    bool openCreate();
    bool closeCreate();
    bool endChat();
    bool openSession(bool hasHistory);
    bool continueSession();

    static bool isValidSessionName(const QString& name);
    static constexpr int kMaxSessionNameLength = 120;

Q_SIGNALS:
    void pageChanged(st::Page page);
    void settingsRejected(const QString& message);
    void moreDetailNeeded();
    void unknownStory();

private:
    bool moveTo(Page page);
    bool refuse(const char* event);

    Page m_page = Page::Settings;
    bool m_suggestion = false;
};

} // namespace st
