#include "core/flow/AppFlow.h"

#include "core/flow/FlowLog.h"

#include <QCoreApplication>

namespace st {

AppFlow::AppFlow(QObject* parent) : QObject(parent) {}

bool AppFlow::moveTo(Page page)
{
    m_suggestion = false;
    if (m_page != page) {
        m_page = page;
        Q_EMIT pageChanged(page);
    }
    return true;
}

bool AppFlow::refuse(const char* event)
{
    qCDebug(lcFlow) << "refused" << event << "on page" << static_cast<int>(m_page);
    return false;
}

bool AppFlow::isValidSessionName(const QString& name)
{
    const QString trimmed = name.trimmed();
    return trimmed.size() <= kMaxSessionNameLength;
}

bool AppFlow::submitSettings(const QString& sessionName)
{
    if (m_page != Page::Settings)
        return refuse("submitSettings");
    // No name is fine: the session is "Untitled" until its story names it.
    const QString trimmed = sessionName.trimmed();
    if (trimmed.size() > kMaxSessionNameLength) {
        Q_EMIT settingsRejected(
            QCoreApplication::translate("st::AppFlow",
                                        "That name is %1 characters long; keep it under %2.")
                .arg(trimmed.size())
                .arg(kMaxSessionNameLength));
        return false;
    }
    return moveTo(Page::Check);
}

bool AppFlow::evaluated(Evaluation::Decision decision)
{
    if (m_page != Page::Check)
        return refuse("evaluated");
    m_suggestion = decision == Evaluation::Decision::MoreDetail;
    switch (decision) {
    case Evaluation::Decision::Match:
        return moveTo(Page::Chat);
    case Evaluation::Decision::MoreDetail:
        Q_EMIT moreDetailNeeded();
        return true;
    case Evaluation::Decision::Unknown:
        Q_EMIT unknownStory();
        return true;
    }
    return false;
}

bool AppFlow::acceptSuggestion()
{
    if (m_page != Page::Check || !m_suggestion)
        return refuse("acceptSuggestion");
    return moveTo(Page::Chat);
}

bool AppFlow::exitToSettings()
{
    if (m_page != Page::Check && m_page != Page::Session)
        return refuse("exitToSettings");
    return moveTo(Page::Settings);
}

bool AppFlow::openCreate()
{
    if (m_page != Page::Check)
        return refuse("openCreate");
    return moveTo(Page::Create);
}

bool AppFlow::closeCreate()
{
    if (m_page != Page::Create)
        return refuse("closeCreate");
    return moveTo(Page::Check);
}

bool AppFlow::endChat()
{
    if (m_page != Page::Chat)
        return refuse("endChat");
    return moveTo(Page::Settings);
}

bool AppFlow::openSession(bool hasHistory)
{
    if (!hasHistory) {
        m_page = Page::Session; // passes through Session, which sends it on to Check
        return moveTo(Page::Check);
    }
    if (m_page == Page::Session) {
        Q_EMIT pageChanged(m_page); // another session: the page shows it afresh
        return true;
    }
    return moveTo(Page::Session);
}

bool AppFlow::continueSession()
{
    if (m_page != Page::Session)
        return refuse("continueSession");
    return moveTo(Page::Chat);
}

} // namespace st
