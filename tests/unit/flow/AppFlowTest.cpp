#include "core/flow/AppFlow.h"

#include "support/QtPrinters.h"

#include <QSignalSpy>
#include <functional>
#include <gtest/gtest.h>

namespace st {
namespace {

using Decision = Evaluation::Decision;

const char* pageName(Page page)
{
    switch (page) {
    case Page::Settings:
        return "Settings";
    case Page::Check:
        return "Check";
    case Page::Create:
        return "Create";
    case Page::Chat:
        return "Chat";
    case Page::Session:
        return "Session";
    }
    return "?";
}

/// Brings a fresh flow to \a page through allowed transitions.
void reach(AppFlow& flow, Page page)
{
    switch (page) {
    case Page::Settings:
        break;
    case Page::Check:
        flow.submitSettings(QStringLiteral("Evening"));
        break;
    case Page::Create:
        flow.submitSettings(QStringLiteral("Evening"));
        flow.openCreate();
        break;
    case Page::Chat:
        flow.submitSettings(QStringLiteral("Evening"));
        flow.evaluated(Decision::Match);
        break;
    case Page::Session:
        flow.openSession(true);
        break;
    }
    ASSERT_EQ(flow.page(), page) << pageName(page);
}

struct Event
{
    const char* name;
    std::function<bool(AppFlow&)> fire;
};

const std::vector<Event>& events()
{
    static const std::vector<Event> all{
        {"submitSettings", [](AppFlow& f) { return f.submitSettings(QStringLiteral("Evening")); }},
        {"evaluated(match)", [](AppFlow& f) { return f.evaluated(Decision::Match); }},
        {"evaluated(moreDetail)", [](AppFlow& f) { return f.evaluated(Decision::MoreDetail); }},
        {"evaluated(unknown)", [](AppFlow& f) { return f.evaluated(Decision::Unknown); }},
        {"exitToSettings", [](AppFlow& f) { return f.exitToSettings(); }},
        {"openCreate", [](AppFlow& f) { return f.openCreate(); }},
        {"closeCreate", [](AppFlow& f) { return f.closeCreate(); }},
        {"endChat", [](AppFlow& f) { return f.endChat(); }},
        {"openSession(history)", [](AppFlow& f) { return f.openSession(true); }},
        {"openSession(none)", [](AppFlow& f) { return f.openSession(false); }},
        {"continueSession", [](AppFlow& f) { return f.continueSession(); }},
        // Refused everywhere here: reach() offers no near match (see AcceptSuggestion…).
        {"acceptSuggestion", [](AppFlow& f) { return f.acceptSuggestion(); }},
    };
    return all;
}

enum class Signal
{
    None,
    MoreDetail,
    Unknown
};

struct Transition
{
    Page from;
    const char* event;
    Page to;
    Signal signal = Signal::None;
};

// The table of core/flow/AppFlow.h. Every (page, event) pair not listed is refused.
const std::vector<Transition>& allowed()
{
    static const std::vector<Transition> table{
        {Page::Settings, "submitSettings", Page::Check},
        {Page::Check, "evaluated(match)", Page::Chat},
        {Page::Check, "evaluated(moreDetail)", Page::Check, Signal::MoreDetail},
        {Page::Check, "evaluated(unknown)", Page::Check, Signal::Unknown},
        {Page::Check, "exitToSettings", Page::Settings},
        {Page::Check, "openCreate", Page::Create},
        {Page::Create, "closeCreate", Page::Check},
        {Page::Chat, "endChat", Page::Settings},
        {Page::Session, "continueSession", Page::Chat},
        {Page::Session, "exitToSettings", Page::Settings},
    };
    return table;
}

const Transition* find(Page from, const std::string& event)
{
    for (const Transition& t : allowed()) {
        if (t.from == from && event == t.event)
            return &t;
    }
    return nullptr;
}

const Page kAllPages[] = {Page::Settings, Page::Check, Page::Create, Page::Chat, Page::Session};

TEST(AppFlowTest, StartsOnSettings)
{
    AppFlow flow;
    EXPECT_EQ(flow.page(), Page::Settings);
}

TEST(AppFlowTest, EveryEventFromEveryPage)
{
    int accepted = 0;
    int refused = 0;
    for (Page from : kAllPages) {
        for (const Event& event : events()) {
            const std::string name = event.name;
            if (name.rfind("openSession", 0) == 0)
                continue; // from any page: see OpenSessionFromAnyPage
            SCOPED_TRACE(std::string(pageName(from)) + " + " + name);
            AppFlow flow;
            reach(flow, from);
            QSignalSpy pages(&flow, &AppFlow::pageChanged);
            QSignalSpy moreDetail(&flow, &AppFlow::moreDetailNeeded);
            QSignalSpy unknown(&flow, &AppFlow::unknownStory);
            QSignalSpy rejected(&flow, &AppFlow::settingsRejected);

            const bool result = event.fire(flow);
            const Transition* t = find(from, name);
            EXPECT_EQ(result, t != nullptr);
            EXPECT_EQ(rejected.count(), 0);
            if (!t) {
                ++refused;
                EXPECT_EQ(flow.page(), from);
                EXPECT_EQ(pages.count(), 0);
                EXPECT_EQ(moreDetail.count() + unknown.count(), 0);
                continue;
            }
            ++accepted;
            EXPECT_EQ(flow.page(), t->to) << pageName(flow.page());
            if (t->to != from) {
                ASSERT_EQ(pages.count(), 1);
                EXPECT_EQ(pages.first().at(0).value<Page>(), t->to);
            } else {
                EXPECT_EQ(pages.count(), 0);
            }
            EXPECT_EQ(moreDetail.count(), t->signal == Signal::MoreDetail ? 1 : 0);
            EXPECT_EQ(unknown.count(), t->signal == Signal::Unknown ? 1 : 0);
        }
    }
    EXPECT_EQ(accepted, static_cast<int>(allowed().size()));
    EXPECT_EQ(refused, 5 * 10 - static_cast<int>(allowed().size()));
}

TEST(AppFlowTest, AcceptSuggestionOnlyRightAfterANearMatch)
{
    AppFlow flow;
    ASSERT_TRUE(flow.submitSettings(QString()));
    EXPECT_FALSE(flow.hasSuggestion());
    EXPECT_FALSE(flow.acceptSuggestion());
    ASSERT_TRUE(flow.evaluated(Decision::MoreDetail));
    EXPECT_TRUE(flow.hasSuggestion());
    QSignalSpy pages(&flow, &AppFlow::pageChanged);
    EXPECT_TRUE(flow.acceptSuggestion());
    EXPECT_EQ(flow.page(), Page::Chat);
    ASSERT_EQ(pages.count(), 1);
    EXPECT_EQ(pages.first().at(0).value<Page>(), Page::Chat);
    EXPECT_FALSE(flow.hasSuggestion());

    // Withdrawn by a later answer, and by leaving the page.
    const std::vector<std::function<void(AppFlow&)>> withdrawals{
        [](AppFlow& f) { f.evaluated(Decision::Unknown); },
        [](AppFlow& f) {
            f.openCreate();
            f.closeCreate();
        },
        [](AppFlow& f) {
            f.exitToSettings();
            f.submitSettings(QString());
        },
        [](AppFlow& f) { f.openSession(false); },
    };
    for (const auto& withdraw : withdrawals) {
        AppFlow again;
        again.submitSettings(QString());
        again.evaluated(Decision::MoreDetail);
        withdraw(again);
        EXPECT_EQ(again.page(), Page::Check);
        EXPECT_FALSE(again.hasSuggestion());
        EXPECT_FALSE(again.acceptSuggestion());
        EXPECT_EQ(again.page(), Page::Check);
    }
}

TEST(AppFlowTest, OpenSessionFromAnyPage)
{
    for (Page from : kAllPages) {
        SCOPED_TRACE(pageName(from));
        {
            AppFlow flow;
            reach(flow, from);
            QSignalSpy pages(&flow, &AppFlow::pageChanged);
            EXPECT_TRUE(flow.openSession(true));
            EXPECT_EQ(flow.page(), Page::Session);
            // Another session opened on the Session page: shown afresh.
            ASSERT_EQ(pages.count(), 1);
            EXPECT_EQ(pages.first().at(0).value<Page>(), Page::Session);
        }
        {
            AppFlow flow;
            reach(flow, from);
            QSignalSpy pages(&flow, &AppFlow::pageChanged);
            EXPECT_TRUE(flow.openSession(false));
            EXPECT_EQ(flow.page(), Page::Check);
            ASSERT_EQ(pages.count(), 1); // a fresh Check page, even coming from Check
            EXPECT_EQ(pages.first().at(0).value<Page>(), Page::Check);
        }
    }
}

TEST(AppFlowTest, AFullJourney)
{
    AppFlow flow;
    QSignalSpy pages(&flow, &AppFlow::pageChanged);
    EXPECT_TRUE(flow.submitSettings(QStringLiteral("Evening")));
    EXPECT_TRUE(flow.evaluated(Decision::Unknown));
    EXPECT_TRUE(flow.openCreate());
    EXPECT_TRUE(flow.closeCreate());
    EXPECT_TRUE(flow.evaluated(Decision::MoreDetail));
    EXPECT_TRUE(flow.evaluated(Decision::Match));
    EXPECT_TRUE(flow.endChat());
    EXPECT_TRUE(flow.openSession(true));
    EXPECT_TRUE(flow.continueSession());
    EXPECT_EQ(flow.page(), Page::Chat);
    QList<Page> visited;
    for (const auto& args : pages)
        visited.append(args.at(0).value<Page>());
    EXPECT_EQ(visited, (QList<Page>{Page::Check, Page::Create, Page::Check, Page::Chat,
                                    Page::Settings, Page::Session, Page::Chat}));
}

TEST(AppFlowTest, SessionNameIsOptionalAndBounded)
{
    const QString tooLong(AppFlow::kMaxSessionNameLength + 1, u'x');
    for (const QString& bad : {tooLong}) {
        AppFlow flow;
        QSignalSpy rejected(&flow, &AppFlow::settingsRejected);
        QSignalSpy pages(&flow, &AppFlow::pageChanged);
        EXPECT_FALSE(flow.submitSettings(bad));
        EXPECT_EQ(flow.page(), Page::Settings);
        ASSERT_EQ(rejected.count(), 1);
        EXPECT_FALSE(rejected.first().at(0).toString().isEmpty());
        EXPECT_EQ(pages.count(), 0);
        EXPECT_FALSE(AppFlow::isValidSessionName(bad));
    }
    const QString longest(AppFlow::kMaxSessionNameLength, u'x');
    for (const QString& good :
         {QString(), QStringLiteral("   "), QStringLiteral("a"),
          QStringLiteral("  Evening stories  "), QStringLiteral("밤의 이야기"), longest,
          QString(QStringLiteral("  ") + longest + QStringLiteral("  "))}) {
        AppFlow flow;
        QSignalSpy rejected(&flow, &AppFlow::settingsRejected);
        EXPECT_TRUE(flow.submitSettings(good));
        EXPECT_EQ(flow.page(), Page::Check);
        EXPECT_EQ(rejected.count(), 0);
        EXPECT_TRUE(AppFlow::isValidSessionName(good));
    }
}

TEST(AppFlowTest, RejectedNameMentionsTheLimit)
{
    AppFlow flow;
    QSignalSpy rejected(&flow, &AppFlow::settingsRejected);
    flow.submitSettings(QString(200, u'y'));
    ASSERT_EQ(rejected.count(), 1);
    EXPECT_TRUE(rejected.first().at(0).toString().contains(
        QString::number(AppFlow::kMaxSessionNameLength)));
}

} // namespace
} // namespace st
