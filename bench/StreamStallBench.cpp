// The longest event-loop stall while 100,000 characters stream into a session of 10,000
// messages shown in the chat view (MessageView, 900 × 700, offscreen), through the real
// ChatSession (each piece saved by StreamingMessageWriter, the row updated in the model, the
// bubble relaid out and painted). The characters come as 40 replies of 2,500 characters
// (a long chapter each, after a listener's answer), 20 characters every 4 ms (5,000 a
// second: ten times a fast local model, so the view is kept busy). A 1 ms
// precise timer ticks throughout; a stall is the gap between two ticks. Afterwards the view
// scrolls back 600 messages (120 px every 8 ms, like a wheel), reading older pages in as it
// goes, and the longest gap there is printed too. First, the floor: the longest gap in 4 s
// of the same view with nothing happening (timer and scheduler noise on this machine).
// Besides the gaps, the longest single event the GUI thread handled (TimedApplication), by
// the wall clock and by its own CPU time: the CPU time leaves out what the machine adds
// (preemption, a virtual CPU waking), so it shows the work the view did in one go.
// STALL_TRACE=MS prints every event over MS; STALL_MODE=window|whole runs one mode only.
// STALL_MARKDOWN=1: the replies and the history are Markdown as models write it (bold and
// italics, headings, bulleted and numbered lists: markdownBlock), cut into pieces anywhere.
// Ours: the view holds the newest page (MessageListModel::load), reads older pages near the
// top and lets them go once it follows the newest text again; the database's log is
// checkpointed on a worker thread (WalCheckpointer), as in the app. Baseline, same run, same
// database: the whole history handed to the view (setMessages(list)), as before issue 8.
// Each mode runs in a fresh child process; modes alternate. Nothing is asserted.
//   stream_stall_bench [MESSAGES] [CHARACTERS] [RUNS]     (default 10000, 100000, 3)
#include "LongSession.h"
#include "StallProbe.h"
#include "TimedApplication.h"
#include "core/narration/ChatSession.h"
#include "core/store/Database.h"
#include "core/store/MessageListModel.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionStore.h"
#include "core/store/WalCheckpointer.h"
#include "ui/MessageView.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace st;

namespace {

constexpr int kReplyChars = 2500;
constexpr int kPiece = 20;
constexpr int kPieceMs = 4;

/// A reply that streams \a text, kPiece characters every kPieceMs.
class BenchStream : public ReplyStream
{
public:
    explicit BenchStream(QString text) : m_full(std::move(text))
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kPieceMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            appendDelta(m_full.mid(m_at, kPiece));
            m_at += kPiece;
            if (m_at >= m_full.size()) {
                m_timer.stop();
                setRunning(false);
                Q_EMIT finished();
            }
        });
    }
    void start() override
    {
        setRunning(true);
        m_timer.start();
    }
    void cancel() override
    {
        m_timer.stop();
        setRunning(false);
        Q_EMIT cancelled();
    }

private:
    QString m_full;
    int m_at = 0;
    QTimer m_timer;
};

bool markdownMode()
{
    return qEnvironmentVariableIntValue("STALL_MARKDOWN") > 0;
}

class BenchNarrator : public Narrator
{
public:
    explicit BenchNarrator(QStringList sentences) : m_sentences(std::move(sentences)) {}
    int chapterCount() const override { return 100000; }
    int position() const override { return m_position; }
    void restore(int told, const QString&) override { m_position = told; }
    Turn opening() override { return turn(0); }
    Turn reply(const QString&) override { return turn(++m_position); }
    Turn retell(int chapter, const QString&) override { return turn(chapter); }
    Turn continueTurn(int chapter, const QString&, const QString&) override
    {
        return turn(chapter);
    }
    QString welcomeBack() const override { return {}; }
    Turn answerQuestion(const QString&, const StoryIndex&) override { return turn(m_position); }
    Turn tellAgain(int chapter, bool, const QString&) override { return turn(chapter); }
    Turn skipToEnd(const QString&) override { return turn(m_position); }
    Turn changeLength(int, const QString&) override { return turn(m_position); }

private:
    Turn turn(int chapter)
    {
        QString text;
        QStringList block; // Markdown: five sentences a block
        for (int i = chapter; text.size() < kReplyChars; ++i) {
            const QString& sentence = m_sentences.at(i % m_sentences.size());
            if (!m_markdown) {
                text += sentence + (i % 5 == 4 ? QStringLiteral("\n\n") : QStringLiteral(" "));
                continue;
            }
            block << sentence;
            if (i % 5 == 4) {
                text += markdownBlock(block, i / 5) + QStringLiteral("\n\n");
                block.clear();
            }
        }
        text.truncate(kReplyChars);
        return {std::make_unique<BenchStream>(text), chapter, false};
    }
    QStringList m_sentences;
    bool m_markdown = markdownMode();
    int m_position = 0;
};

void wait(const std::function<bool()>& done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
}

/// One phase's figures: the probe's longest gap and gaps over 16 ms, the longest event.
struct Phase
{
    double gapMs = 0;
    int over16 = 0;
    double eventMs = 0;
    double eventCpuMs = 0;
};

Phase finish(StallProbe& probe, const TimedApplication& app)
{
    probe.stop();
    return {probe.longest, probe.over16, app.longestWallMs(), app.longestCpuMs()};
}

int child(TimedApplication& app, const QString& mode, const QString& path, qint64 sessionId,
          int characters)
{
    Database db(path);
    if (!db.open().ok())
        return 2;
    // As the app does: the log's disk syncs on a worker thread (not for the baseline).
    std::unique_ptr<WalCheckpointer> checkpointer;
    if (mode != QLatin1String("whole"))
        checkpointer = std::make_unique<WalCheckpointer>(db);
    MessageStore messages(db.connection());
    SessionStore sessions(db.connection());
    const auto session = sessions.get(sessionId);
    if (!session)
        return 2;
    ChatSession chat(*session, Script(),
                     std::make_unique<BenchNarrator>(librarySentences(QStringLiteral("en"))),
                     ChatSession::Deps{messages, sessions});
    chat.begin();
    if (mode == QLatin1String("whole"))
        chat.model()->setMessages(messages.list(sessionId));
    QWidget window;
    auto* view = new MessageView(&window);
    (new QVBoxLayout(&window))->addWidget(view);
    window.resize(900, 700);
    view->setModel(chat.model());
    window.show();
    wait([] { return false; }, 300); // shown, laid out, painted

    // The floor: the same view and probe with nothing streaming (timer and scheduler noise).
    StallProbe probe;
    app.reset("idle");
    probe.start();
    wait([] { return false; }, 4000);
    const Phase idle = finish(probe, app);

    app.reset("streaming");
    probe.start();
    int streamed = 0;
    while (streamed < characters) {
        bool finished = false;
        QMetaObject::Connection c =
            QObject::connect(&chat, &ChatSession::replyFinished, [&] { finished = true; });
        if (!chat.send(QStringLiteral("Go on, what happened next?")))
            return 4;
        wait([&] { return finished; }, 60000);
        QObject::disconnect(c);
        if (!finished)
            return 5;
        streamed += kReplyChars;
    }
    const Phase stream = finish(probe, app);
    const int rowsAfterStream = chat.model()->rowCount();

    // Back through 600 messages, a wheel step every 8 ms.
    const QVector<MessageRecord> all = messages.list(sessionId);
    const qint64 target = all.value(std::max(0, int(all.size()) - 600)).id;
    app.reset("scrolling back");
    probe.start();
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 60000) {
        QScrollBar* bar = view->verticalScrollBar();
        bar->setValue(bar->value() - 120);
        wait([] { return false; }, 8);
        const QModelIndex top = view->indexAt(QPoint(40, 1));
        if (top.isValid() && top.data(MessageListModel::IdRole).toLongLong() <= target)
            break;
        if (bar->value() == bar->minimum() && !chat.model()->hasOlder())
            break;
    }
    const Phase scroll = finish(probe, app);
    std::printf("%d", rowsAfterStream);
    for (const Phase& p : {idle, stream, scroll})
        std::printf(" %.2f %d %.2f %.2f", p.gapMs, p.over16, p.eventMs, p.eventCpuMs);
    std::printf("\n");
    return 0;
}

struct Run
{
    int rows = 0;
    Phase idle, stream, scroll;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

bool runChild(const QString& mode, const QString& path, qint64 id, int characters, Run& out)
{
    QProcess p;
    if (qEnvironmentVariableIntValue("STALL_TRACE") > 0)
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(
        QCoreApplication::applicationFilePath(),
        {QStringLiteral("--child"), mode, path, QString::number(id), QString::number(characters)});
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::fprintf(stderr, "child %s failed (exit %d): %s\n", qPrintable(mode), p.exitCode(),
                     p.readAllStandardError().constData());
        return false;
    }
    const QStringList f =
        QString::fromLatin1(p.readAllStandardOutput()).simplified().split(QLatin1Char(' '));
    if (f.size() < 13)
        return false;
    out.rows = f[0].toInt();
    Phase* phases[] = {&out.idle, &out.stream, &out.scroll};
    for (int i = 0; i < 3; ++i)
        *phases[i] = {f[1 + 4 * i].toDouble(), f[2 + 4 * i].toInt(), f[3 + 4 * i].toDouble(),
                      f[4 + 4 * i].toDouble()};
    return true;
}

void reportPhase(const char* name, const std::vector<Run>& runs, Phase Run::*phase)
{
    std::vector<double> gap, event, cpu;
    int over = 0;
    for (const Run& r : runs) {
        gap.push_back((r.*phase).gapMs);
        event.push_back((r.*phase).eventMs);
        cpu.push_back((r.*phase).eventCpuMs);
        over += (r.*phase).over16;
    }
    std::printf("    %-15s longest gap %6.1f ms (%.1f–%.1f), %3d over 16 ms | longest event "
                "%6.1f ms, its own CPU %5.1f ms (%.1f–%.1f)\n",
                name, median(gap), *std::min_element(gap.begin(), gap.end()),
                *std::max_element(gap.begin(), gap.end()), over, median(event), median(cpu),
                *std::min_element(cpu.begin(), cpu.end()),
                *std::max_element(cpu.begin(), cpu.end()));
}

void report(const char* name, const std::vector<Run>& runs)
{
    if (runs.empty())
        return;
    std::printf("  %s, %d rows in the model after streaming (medians of %d runs):\n", name,
                runs.front().rows, int(runs.size()));
    reportPhase("idle (floor):", runs, &Run::idle);
    reportPhase("streaming:", runs, &Run::stream);
    reportPhase("scrolling back:", runs, &Run::scroll);
}

double medianOf(const std::vector<Run>& runs, double Phase::*field)
{
    std::vector<double> v;
    for (const Run& r : runs)
        v.push_back(r.stream.*field);
    return median(v);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc >= 6 && qstrcmp(argv[1], "--child") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        TimedApplication app(argc, argv);
        Theme::apply(app); // the app's style sheet: the view is painted as in the app
        return child(app, QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                     QByteArray(argv[4]).toLongLong(), atoi(argv[5]));
    }
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(10, atoi(argv[1])) : 10000;
    const int characters = argc > 2 ? std::max(kReplyChars, atoi(argv[2])) : 100000;
    const int runs = argc > 3 ? std::max(1, atoi(argv[3])) : 3;
    const QString only = qEnvironmentVariable("STALL_MODE");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("storyteller.db"));
    qint64 id = 0;
    {
        Database db(path);
        if (!db.open().ok())
            return 1;
        id = writeLongSession(db.connection(), count, markdownMode());
    }
    if (id == 0)
        return 1;
    std::printf("stream_stall_bench: %d characters (replies of %d, %d every %d ms) into a "
                "session of %d messages; %d runs each%s\n",
                characters, kReplyChars, kPiece, kPieceMs, count, runs,
                markdownMode() ? "; Markdown replies and history" : "");
    std::vector<Run> window, whole;
    for (int i = 0; i < runs; ++i) {
        // Each run streams into a copy, so every run starts from the same session.
        const QString copy = dir.filePath(QStringLiteral("run%1.db").arg(i));
        for (const QString& mode : {QStringLiteral("window"), QStringLiteral("whole")}) {
            if (!only.isEmpty() && mode != only)
                continue;
            QFile::remove(copy);
            QFile::copy(path, copy);
            Run r;
            if (!runChild(mode, copy, id, characters, r))
                return 1;
            (mode == QLatin1String("window") ? window : whole).push_back(r);
        }
    }
    report("ours (newest page in the view)", window);
    report("baseline (whole history)", whole);
    if (!window.empty() && !whole.empty())
        std::printf("  ratio baseline/ours while streaming: longest gap %.1f×, longest event's "
                    "CPU %.1f×   (target: no stall over 16 ms)\n",
                    medianOf(whole, &Phase::gapMs) /
                        std::max(0.01, medianOf(window, &Phase::gapMs)),
                    medianOf(whole, &Phase::eventCpuMs) /
                        std::max(0.01, medianOf(window, &Phase::eventCpuMs)));
    return 0;
}
