// How many prompt tokens a whole model-told session costs our way, next to the naive way
// in the same run. Both tell the bundled 14-chapter English Mary Celeste to an in-process
// FakeLlmServer, which counts the prompt tokens it receives (FakeTokenizer):
// - ours: ChatSession + ModelNarrator + ConversationSummarizer, with canned replies of a
//   realistic size (each narration about its chapter's length, each summary ~120 words,
//   each listener answer one sentence), from the hook to the wrap-up; the summarizer's
//   requests count too;
// - naive: for each turn one request with the same rules, the whole script and the whole
//   history so far.
// Prints both totals, where ours goes, and the ratio ours/naive against the 0.35 target.
//   prompt_budget_bench
#include "core/library/BundledLibrary.h"
#include "core/library/ScriptLibrary.h"
#include "core/llm/ModelClient.h"
#include "core/llm/PromptTemplate.h"
#include "core/narration/ChatSession.h"
#include "core/narration/ConversationSummarizer.h"
#include "core/narration/ListenerTurnClassifier.h"
#include "core/narration/ListenerWords.h"
#include "core/narration/ModelNarrator.h"
#include "core/narration/TurnJudge.h"
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionStore.h"
#include "core/text/Languages.h"
#include "core/text/RequestWords.h"
#include "support/FakeLlmServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <functional>

namespace {

using st::FakeLlmServer;
using st::FakeResponse;

const QString kChat = QStringLiteral("/v1/chat/completions");
constexpr double kTarget = 0.35;

bool waitFor(const std::function<bool()>& done, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(2, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

int tokens(const QString& text)
{
    return FakeLlmServer::estimateTokens(text);
}

/// \a n words of plausible English, for the canned summaries.
QString words(int n, int seed)
{
    static const QStringList pool =
        QStringLiteral(
            "the narrator told how the Dei Gratia found the Mary Celeste drifting with no one "
            "aboard and the listener guessed at storms pirates and mutiny while the crew of the "
            "salvage ship sailed her to Gibraltar where an inquiry began reactions used so far "
            "include good guess and what a thought")
            .split(u' ');
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << pool.at((seed * 7 + i) % pool.size());
    return out.join(u' ') + u'.';
}

// Questions the listener asks before answering chapters 3 and 8 (issue 17): ours answers
// each from passages found for it, the naive way from the whole script.
const QHash<int, QString> kQuestions{
    {3, QStringLiteral("Who was the captain of the Dei Gratia?")},
    {8, QStringLiteral("What was the Mary Celeste carrying?")},
};

const QStringList kAnswers{
    QStringLiteral("No, I have never heard of it, but it sounds eerie."),
    QStringLiteral("Maybe the crew was afraid of something on board."),
    QStringLiteral("I would have boarded her to see what was going on."),
    QStringLiteral("Pirates, surely, or a mutiny of some kind?"),
    QStringLiteral("That is strange, the food and water were still there."),
    QStringLiteral("I think they left in a hurry because of a storm."),
    QStringLiteral("So the salvage crew wanted the reward, of course."),
    QStringLiteral("The court sounds suspicious of the rescuers."),
    QStringLiteral("Maybe the alcohol in the cargo leaked and scared them."),
    QStringLiteral("I would have stayed on the ship no matter what."),
    QStringLiteral("Conan Doyle made it all up then?"),
    QStringLiteral("The lifeboat theory makes the most sense to me."),
    QStringLiteral("It is sad that nobody was ever found."),
    QStringLiteral("What a story, thank you for telling it."),
};

/// The narrator's canned reply for turn \a k (0: the hook): about as long as the chapter.
QString narration(const st::Script& script, int k)
{
    const QVector<st::Script::Section> chapters = script.tellableChapters();
    if (k == 0)
        return QStringLiteral("Hello, and welcome! Tonight's story is %1. ").arg(script.title) +
               script.hook;
    const st::Script::Section& c = chapters.at(k - 1);
    const QString reaction = QStringLiteral("What an interesting thought! ");
    if (k == chapters.size())
        return reaction + c.content.trimmed() +
               QStringLiteral(" And that is the end of the story. Thank you for listening; "
                              "type \"exit\" or press End to finish.");
    return reaction + c.content.trimmed() + u' ' +
           (c.question.isEmpty() ? QStringLiteral("What do you think happens next?") : c.question);
}

FakeResponse reply(const QString& text)
{
    QStringList deltas;
    for (const QString& sentence : text.split(QStringLiteral(". ")))
        deltas << sentence + QStringLiteral(". ");
    deltas.last().chop(2);
    return FakeResponse::openAiStream(deltas, 0, tokens(text));
}

std::unique_ptr<st::ModelClient> makeClient(const FakeLlmServer& server,
                                            QNetworkAccessManager& network)
{
    st::ProviderConfig config;
    config.presetId = QStringLiteral("custom");
    config.baseUrl = server.url(QStringLiteral("/v1"));
    config.model = QStringLiteral("test-model");
    return st::ModelClient::create(config, network);
}

struct Breakdown
{
    qint64 total = 0;
    qint64 rules = 0; // persona, rules, outline, turn instructions
    qint64 chapter = 0;
    qint64 summary = 0;
    qint64 recent = 0;
    qint64 answer = 0;
    qint64 summarizer = 0;
    qint64 judge = 0; // TurnJudge: what an unsure message is
    int narrationRequests = 0;
    int summarizerRequests = 0;
    int judgeRequests = 0;
    int largest = 0;
};

Breakdown breakDown(const FakeLlmServer& server, const st::Script& script, const QString& summaryOf)
{
    Breakdown b;
    const QVector<st::Script::Section> chapters = script.tellableChapters();
    for (const st::FakeRequest& r : server.requests(kChat)) {
        b.total += r.promptTokens;
        b.largest = std::max(b.largest, r.promptTokens);
        const QJsonArray messages = r.json().value(QStringLiteral("messages")).toArray();
        const auto content = [&messages](int i) {
            return messages.at(i).toObject().value(QStringLiteral("content")).toString();
        };
        if (r.json().value(QStringLiteral("max_tokens")).toInt() == st::TurnJudge::kMaxTokens) {
            ++b.judgeRequests;
            b.judge += r.promptTokens;
            continue;
        }
        if (messages.first().toObject().value(QStringLiteral("role")).toString() !=
            QStringLiteral("system")) {
            ++b.summarizerRequests;
            b.summarizer += r.promptTokens;
            continue;
        }
        ++b.narrationRequests;
        QString system = content(0);
        for (const st::Script::Section& c : chapters) {
            if (system.contains(c.content.trimmed())) {
                b.chapter += tokens(c.content.trimmed());
                system.remove(c.content.trimmed());
            }
        }
        const qsizetype at = system.indexOf(summaryOf);
        if (at >= 0) {
            const qsizetype end = system.indexOf(QStringLiteral("\n\n"), at);
            const QString block = system.mid(at, end - at);
            b.summary += tokens(block);
            system.remove(block);
        }
        b.rules += tokens(system);
        for (int i = 1; i + 1 < messages.size(); ++i)
            b.recent += tokens(content(i));
        b.answer += tokens(content(int(messages.size()) - 1));
    }
    return b;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    st::Database database(dir.filePath(QStringLiteral("bench.db")));
    if (!database.open().ok()) {
        std::fprintf(stderr, "the database could not be opened\n");
        return 1;
    }
    st::ScriptLibrary library(database.connection());
    st::BundledLibrary().install(library);
    const auto info = library.bundled(QStringLiteral("mary-celeste"), QStringLiteral("en"));
    const auto found = info ? library.script(info->id) : std::nullopt;
    if (!found || found->tellableChapters().size() != 14) {
        std::fprintf(stderr, "the bundled Mary Celeste (14 chapters) is missing\n");
        return 1;
    }
    const st::Script script = *found;
    const int chapterCount = static_cast<int>(script.tellableChapters().size());
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);

    // ---- Ours
    FakeLlmServer ours;
    if (!ours.listen())
        return 1;
    const auto oursClient = makeClient(ours, network);
    st::SessionStore sessions(database.connection());
    st::MessageStore messages(database.connection());
    const auto session = sessions.create(QStringLiteral("Bench"), QStringLiteral("en"));
    st::ChatSession chat(
        *session, script,
        std::make_unique<st::ModelNarrator>(script, QStringLiteral("en"), *oursClient),
        st::ChatSession::Deps{messages, sessions});
    const st::ListenerWords listenerWords;
    chat.setListenerWords(listenerWords);
    chat.setTurnJudge(std::make_unique<st::TurnJudge>(*oursClient));
    const st::ListenerTurnClassifier classifier(listenerWords);
    auto owned = std::make_unique<st::ConversationSummarizer>(*oursClient, QStringLiteral("en"));
    st::ConversationSummarizer* summarizer = owned.get();
    chat.setSummarizer(std::move(owned));
    int summaries = 0;
    // A summary request starts as a reply ends, before replyFinished: queue its answer then.
    QObject::connect(&chat, &st::ChatSession::replyFinished, [&] {
        if (summarizer->isBusy())
            ours.enqueue(kChat, reply(words(120, ++summaries)));
    });
    const auto settle = [&] { return !chat.isBusy() && !summarizer->isBusy(); };

    ours.enqueue(kChat, reply(narration(script, 0)));
    chat.begin();
    if (!waitFor(settle))
        return 1;
    for (int k = 1; k <= chapterCount; ++k) {
        if (kQuestions.contains(k)) {
            ours.enqueue(kChat, reply(words(60, 100 + k)));
            if (!chat.send(kQuestions.value(k)) || !waitFor(settle) || chat.chapter() != k - 1) {
                std::fprintf(stderr, "the question before turn %d did not stay in place\n", k);
                return 1;
            }
        }
        const QString answer = kAnswers.at((k - 1) % kAnswers.size());
        if (!classifier.classify(answer).sure) // the app asks the model what it is first
            ours.enqueue(kChat, reply(QStringLiteral("answer")));
        ours.enqueue(kChat, reply(narration(script, k)));
        if (!chat.send(answer) || !waitFor(settle) || chat.chapter() != k) {
            std::fprintf(stderr, "turn %d did not finish\n", k);
            return 1;
        }
    }
    const Breakdown o = breakDown(ours, script, QStringLiteral("What happened so far"));
    if (o.total != ours.promptTokensReceived())
        std::fprintf(stderr, "breakdown mismatch: %lld vs %lld\n", static_cast<long long>(o.total),
                     static_cast<long long>(ours.promptTokensReceived()));

    // ---- Naive: the same rules, the whole script and the whole history, every turn.
    FakeLlmServer naive;
    if (!naive.listen())
        return 1;
    const auto naiveClient = makeClient(naive, network);
    QStringList wholeScript;
    for (int i = 0; i < chapterCount; ++i) {
        const st::Script::Section& c = script.tellableChapters().at(i);
        wholeScript << QStringLiteral("%1. %2\n%3").arg(i + 1).arg(c.heading, c.content.trimmed());
    }
    QVector<st::ChatRequest::Message> history;
    qint64 naiveScript = 0;
    qint64 naiveHistory = 0;
    // One naive request: the rules, the whole script, the whole history and \a message.
    // (\a kept: whether \a message joins the history; "ready" before the hook does not.)
    const auto naiveTurn = [&](const QString& turnName, int k, const QString& message,
                               const FakeResponse& canned, bool kept) {
        QHash<QString, QString> values{
            {QStringLiteral("language_name"), st::Languages::promptName(QStringLiteral("en"))},
            {QStringLiteral("title"), script.title},
            {QStringLiteral("chapter_count"), QString::number(chapterCount)},
            {QStringLiteral("chapter_number"), QString::number(k)},
            {QStringLiteral("outline"), wholeScript.join(QStringLiteral("\n\n"))},
            {QStringLiteral("exit_word"), st::RequestWords::exitWord(QStringLiteral("en"))},
            {QStringLiteral("chapter_heading"), QString()},
            {QStringLiteral("chapter_content"), QStringLiteral("(chapter %1 above)").arg(k)},
            {QStringLiteral("passages"), QStringLiteral("(the script above)")},
        };
        values.insert(QStringLiteral("turn_instructions"),
                      st::PromptTemplate(turnName).render(values));
        st::ChatRequest request;
        request.messages.append({QStringLiteral("system"),
                                 st::PromptTemplate(QStringLiteral("narrate")).render(values)});
        request.messages += history;
        request.messages.append({QStringLiteral("user"), message});
        naiveScript += tokens(wholeScript.join(QStringLiteral("\n\n")));
        for (const st::ChatRequest::Message& m : history)
            naiveHistory += tokens(m.content);
        naive.enqueue(kChat, canned);
        auto stream = naiveClient->chat(request);
        bool ended = false;
        QObject::connect(stream.get(), &st::ReplyStream::finished, [&ended] { ended = true; });
        QObject::connect(stream.get(), &st::ReplyStream::failed, [&ended] { ended = true; });
        stream->start();
        if (!waitFor([&ended] { return ended; }))
            return false;
        if (kept)
            history.append({QStringLiteral("user"), message});
        history.append({QStringLiteral("assistant"), stream->text()});
        return true;
    };
    int naiveRequests = 0;
    for (int k = 0; k <= chapterCount; ++k) {
        if (kQuestions.contains(k)) {
            ++naiveRequests;
            if (!naiveTurn(QStringLiteral("turn_question"), k - 1, kQuestions.value(k),
                           reply(words(60, 100 + k)), true))
                return 1;
        }
        const QString turn = k == 0 ? QStringLiteral("turn_opening")
                                    : (k == chapterCount ? QStringLiteral("turn_last")
                                                         : QStringLiteral("turn_chapter"));
        const QString answer = k == 0 ? st::PromptTemplate(QStringLiteral("listener_ready")).text()
                                      : kAnswers.at((k - 1) % kAnswers.size());
        if (!naiveTurn(turn, k, answer, reply(narration(script, k)), k > 0))
            return 1;
    }
    const qint64 naiveTotal = naive.promptTokensReceived();

    const double ratio = naiveTotal > 0 ? double(ours.promptTokensReceived()) / naiveTotal : 0.0;
    const auto pct = [&o](qint64 part) { return o.total ? 100.0 * part / o.total : 0.0; };
    std::printf("Prompt tokens for a whole session of \"%s\" (%d chapters, %d turns, %d of "
                "them questions)\n",
                qPrintable(script.title), chapterCount, chapterCount + 1 + int(kQuestions.size()),
                int(kQuestions.size()));
    std::printf("  ours:  %7lld  (%d narration requests, %d summarizer requests, largest %d)\n",
                static_cast<long long>(ours.promptTokensReceived()), o.narrationRequests,
                o.summarizerRequests, o.largest);
    std::printf("         rules/outline/instructions %6lld (%4.1f%%)\n",
                static_cast<long long>(o.rules), pct(o.rules));
    std::printf("         current chapter            %6lld (%4.1f%%)\n",
                static_cast<long long>(o.chapter), pct(o.chapter));
    std::printf("         summary in narration       %6lld (%4.1f%%)\n",
                static_cast<long long>(o.summary), pct(o.summary));
    std::printf("         recent messages            %6lld (%4.1f%%)\n",
                static_cast<long long>(o.recent), pct(o.recent));
    std::printf("         listener's answer          %6lld (%4.1f%%)\n",
                static_cast<long long>(o.answer), pct(o.answer));
    std::printf("         summarizer requests        %6lld (%4.1f%%)\n",
                static_cast<long long>(o.summarizer), pct(o.summarizer));
    std::printf("         turn judge (%d requests)    %6lld (%4.1f%%)\n", o.judgeRequests,
                static_cast<long long>(o.judge), pct(o.judge));
    std::printf("  naive: %7lld  (%d requests; whole script %lld, history %lld)\n",
                static_cast<long long>(naiveTotal), chapterCount + 1 + naiveRequests,
                static_cast<long long>(naiveScript), static_cast<long long>(naiveHistory));
    std::printf("  ratio ours/naive: %.3f  (target <= %.2f: %s)\n", ratio, kTarget,
                ratio <= kTarget ? "met" : "NOT met");
    return 0;
}
