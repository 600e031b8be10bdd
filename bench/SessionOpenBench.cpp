// Opening a session of 10,000 messages in the chat view (MessageView over MessageListModel,
// 900 × 700, offscreen): the time from asking for the session's messages to the first
// paint, and to the first paint that shows the newest message (where a chat opens), and the
// peak memory that costs (VmHWM reset just before; growth over VmRSS then).
// Ours: MessageListModel::load reads the newest page; older pages come as the reader
// scrolls back. Baseline, same run, same database: every message read and handed to the
// view (MessageListModel::setMessages(MessageStore::list)), as before issue 8.
// Each measurement runs in a fresh child process (fonts warmed up by one bubble first) so
// peaks don't mix; modes alternate. Prints medians, ranges and the ratios. Nothing is
// asserted.   session_open_bench [MESSAGES] [RUNS]     (default 10000, 5)
#include "LongSession.h"
#include "ProcessMemory.h"
#include "core/store/Database.h"
#include "core/store/MessageListModel.h"
#include "core/store/MessageStore.h"
#include "ui/MessageView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace st;

namespace {

/// Notes the first paint of the viewport and the first that shows the last row.
class PaintProbe : public QObject
{
public:
    PaintProbe(MessageView& view, QElapsedTimer& clock) : m_view(view), m_clock(clock) {}
    double firstMs = -1;
    double newestMs = -1;
    bool armed = false;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (!armed || event->type() != QEvent::Paint)
            return false;
        if (firstMs < 0)
            firstMs = m_clock.nsecsElapsed() / 1e6;
        const int rows = m_view.model() ? m_view.model()->rowCount() : 0;
        if (newestMs < 0 && rows > 0 &&
            m_view.visualRect(m_view.model()->index(rows - 1, 0))
                .intersects(m_view.viewport()->rect()))
            newestMs = 0; // the paint that is about to happen; timed once it has
        return false;
    }

private:
    MessageView& m_view;
    QElapsedTimer& m_clock;
};

int child(const QString& mode, const QString& path, qint64 sessionId)
{
    Database db(path);
    if (!db.open().ok())
        return 2;
    MessageStore store(db.connection());
    QWidget window;
    auto* view = new MessageView(&window);
    (new QVBoxLayout(&window))->addWidget(view);
    window.resize(900, 700);
    MessageListModel warm; // fonts and styles loaded before the clock starts
    warm.setMessages(store.page(sessionId, 3, 2));
    view->setModel(&warm);
    window.show();
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 300)
        QApplication::processEvents(QEventLoop::AllEvents, 50);

    MessageListModel model;
    QElapsedTimer clock;
    PaintProbe probe(*view, clock);
    view->viewport()->installEventFilter(&probe);
    const bool peakKnown = resetPeakMemory();
    const long before = statusKb("VmRSS");
    probe.armed = true;
    clock.start();
    if (mode == QLatin1String("whole"))
        model.setMessages(store.list(sessionId));
    else
        model.load(store, sessionId);
    view->setModel(&model);
    double newestMs = -1;
    while (clock.elapsed() < 60000) {
        QApplication::processEvents(QEventLoop::AllEvents, 5);
        if (probe.newestMs >= 0) {
            newestMs = clock.nsecsElapsed() / 1e6;
            break;
        }
    }
    const long peak = peakKnown ? statusKb("VmHWM") : -1;
    std::printf("%.2f %.2f %ld %ld %d\n", probe.firstMs, newestMs, peak,
                peak < 0 ? -1 : peak - before, model.rowCount());
    return newestMs < 0 ? 3 : 0;
}

struct Run
{
    double firstMs = 0;
    double newestMs = 0;
    double peakMb = 0;
    double growthMb = 0;
    int rows = 0;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

bool runChild(const QString& mode, const QString& path, qint64 id, Run& out)
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--child"), mode, path, QString::number(id)});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        std::fprintf(stderr, "child %s failed (exit %d): %s\n", qPrintable(mode), p.exitCode(),
                     p.readAllStandardError().constData());
        return false;
    }
    const QStringList f = QString::fromLatin1(p.readAllStandardOutput()).split(QLatin1Char(' '));
    if (f.size() < 5)
        return false;
    out = {f[0].toDouble(), f[1].toDouble(), f[2].toLong() / 1024.0, f[3].toLong() / 1024.0,
           f[4].trimmed().toInt()};
    return true;
}

void report(const char* name, const std::vector<Run>& runs)
{
    std::vector<double> first, newest, peak, growth;
    for (const Run& r : runs) {
        first.push_back(r.firstMs);
        newest.push_back(r.newestMs);
        peak.push_back(r.peakMb);
        growth.push_back(r.growthMb);
    }
    std::printf("  %-36s rows %5d  first paint %7.1f ms  newest shown %7.1f ms (%.1f–%.1f)  "
                "peak RSS %6.1f MB (+%5.1f MB)\n",
                name, runs.front().rows, median(first), median(newest),
                *std::min_element(newest.begin(), newest.end()),
                *std::max_element(newest.begin(), newest.end()), median(peak), median(growth));
}

} // namespace

int main(int argc, char** argv)
{
    if (argc >= 5 && qstrcmp(argv[1], "--child") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return child(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                     QByteArray(argv[4]).toLongLong());
    }
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(10, atoi(argv[1])) : 10000;
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 5;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("storyteller.db"));
    qint64 id = 0;
    {
        Database db(path);
        if (!db.open().ok())
            return 1;
        id = writeLongSession(db.connection(), count);
    }
    if (id == 0)
        return 1;
    std::printf("session_open_bench: a session of %d messages in the chat view, %d runs each\n",
                count, runs);
    std::vector<Run> window, whole;
    for (int i = 0; i < runs; ++i) {
        Run r;
        if (!runChild(QStringLiteral("window"), path, id, r))
            return 1;
        window.push_back(r);
        if (!runChild(QStringLiteral("whole"), path, id, r))
            return 1;
        whole.push_back(r);
    }
    report("ours (newest page, older on scroll)", window);
    report("baseline (every message at once)", whole);
    auto med = [](const std::vector<Run>& v, double Run::*field) {
        std::vector<double> x;
        for (const Run& r : v)
            x.push_back(r.*field);
        return median(x);
    };
    std::printf("  ratio baseline/ours: newest shown %.1f×, peak growth %.1f×   (target: "
                "ours < 200 ms)\n",
                med(whole, &Run::newestMs) / std::max(0.01, med(window, &Run::newestMs)),
                med(whole, &Run::growthMb) / std::max(0.01, med(window, &Run::growthMb)));
    return 0;
}
