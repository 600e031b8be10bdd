// Start-up (issue 15): the real `storyteller` executable started until its first window
// is painted (`--first-paint-report`: it prints the steady clock at that moment and quits),
// on a fresh data folder (a first start: the database is created and the bundled library
// installed) and on one with N sessions (each with its script and 30 messages), against a bare Qt
// Widgets window built the same way (bench/BareWindowMain.cpp), in the same run, runs interleaved.
// Prints the median, minimum and maximum of each and the ratios of the medians. Target: ours ≤ 1.5×
// bare.
//
// Usage: startup_bench [RUNS=10] [SESSIONS=1000]; STARTUP_BENCH_KEEP=DIR keeps the filled
// data folder in DIR (for a profiler). Runs under the platform the environment
// says (QT_QPA_PLATFORM, DISPLAY); offscreen when neither is set. `xvfb-run -a` for X11.
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {

qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Starts \a program and returns ms from the start until it reports its first paint; -1
// when it does not (the reason on stderr).
double timeToFirstPaint(const QString& program, const QStringList& args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    const qint64 start = steadyNowNs();
    process.start(program, args);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        std::fprintf(stderr, "%s did not finish\n", qPrintable(program));
        return -1;
    }
    const QByteArray out = process.readAllStandardOutput();
    const int at = out.indexOf("first-paint ");
    if (at < 0 || process.exitCode() != 0) {
        std::fprintf(stderr, "%s: exit %d, no report; stderr:\n%s\n", qPrintable(program),
                     process.exitCode(), process.readAllStandardError().constData());
        return -1;
    }
    const qint64 painted = out.mid(at + 12, out.indexOf('\n', at) - at - 12).trimmed().toLongLong();
    return double(painted - start) / 1e6;
}

// A bundled script's JSON, as a session keeps it (tens of KB).
QString scriptBody()
{
    QFile file(QStringLiteral(":/library/mary-celeste.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray scripts =
        QJsonDocument::fromJson(file.readAll())[QLatin1String("scripts")].toArray();
    return scripts.isEmpty()
               ? QString()
               : QString::fromUtf8(
                     QJsonDocument(scripts.first().toObject()).toJson(QJsonDocument::Compact));
}

// N sessions as a long-time user's folder: each with its script kept and 30 messages, in
// one transaction.
bool fillSessions(const QString& dir, int count)
{
    const QString body = scriptBody();
    if (body.isEmpty())
        return false;
    st::Database database(QDir(dir).filePath(QStringLiteral("storyteller.db")));
    if (!database.open().ok())
        return false;
    st::SessionStore sessions(database.connection());
    st::MessageStore messages(database.connection());
    QSqlQuery(database.connection()).exec(QStringLiteral("BEGIN"));
    const QStringList languages{QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("ja"),
                                QStringLiteral("es")};
    for (int i = 0; i < count; ++i) {
        const auto session = sessions.create(QStringLiteral("Evening story %1").arg(i + 1),
                                             languages.at(i % languages.size()));
        if (!session ||
            !sessions.attachScript(session->id, 0, QStringLiteral("The Mary Celeste"), body))
            return false;
        for (int m = 0; m < 30; ++m) {
            const bool narrator = m % 2 == 0;
            messages.append(session->id,
                            narrator ? st::MessageRecord::Role::Assistant
                                     : st::MessageRecord::Role::User,
                            narrator ? QStringLiteral("The ship was found drifting, her sails "
                                                      "set and no one aboard. What happened?")
                                     : QStringLiteral("Maybe a storm."),
                            st::MessageRecord::Status::Complete, narrator ? m / 2 : -1);
        }
    }
    return QSqlQuery(database.connection()).exec(QStringLiteral("COMMIT"));
}

struct Series
{
    const char* name;
    std::vector<double> ms;

    double median() const
    {
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const size_t n = sorted.size();
        return n == 0 ? 0 : n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
    double min() const { return ms.empty() ? 0 : *std::min_element(ms.begin(), ms.end()); }
    double max() const { return ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 10;
    const int sessionCount = argc > 2 ? std::max(1, atoi(argv[2])) : 1000;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QString app_ = QStringLiteral(STORYTELLER_APP);
    const QString bare = QStringLiteral(STORYTELLER_BARE_WINDOW);

    QTemporaryDir root;
    // STARTUP_BENCH_KEEP=DIR keeps the folder with the sessions there, for a profiler.
    const QString keep = qEnvironmentVariable("STARTUP_BENCH_KEEP");
    const QString full = keep.isEmpty() ? root.filePath(QStringLiteral("sessions")) : keep;
    QDir().mkpath(full);
    if (!fillSessions(full, sessionCount)) {
        std::fprintf(stderr, "could not write %d sessions\n", sessionCount);
        return 1;
    }
    const QStringList report{QStringLiteral("--first-paint-report"), QStringLiteral("--data-dir")};
    // One start on the filled folder first: it installs the library there, as any start
    // after the first would find it.
    if (timeToFirstPaint(app_, report + QStringList{full}) < 0)
        return 1;
    timeToFirstPaint(bare, {}); // the same warm file cache for the baseline

    Series bareSeries{"bare Qt window", {}};
    Series fresh{"storyteller, fresh data folder", {}};
    Series filled{"storyteller, N sessions", {}};
    for (int i = 0; i < runs; ++i) {
        const QString freshDir = root.filePath(QStringLiteral("fresh-%1").arg(i));
        for (Series* series : {&bareSeries, &fresh, &filled}) {
            const double ms = series == &bareSeries ? timeToFirstPaint(bare, {})
                              : series == &fresh
                                  ? timeToFirstPaint(app_, report + QStringList{freshDir})
                                  : timeToFirstPaint(app_, report + QStringList{full});
            if (ms < 0)
                return 1;
            series->ms.push_back(ms);
        }
    }
    std::printf("startup_bench: %d runs each, platform %s, %d sessions\n", runs,
                qgetenv("QT_QPA_PLATFORM").isEmpty() ? "xcb"
                                                     : qgetenv("QT_QPA_PLATFORM").constData(),
                sessionCount);
    std::printf("%-34s %9s %9s %9s %7s\n", "start to first paint", "median", "min", "max",
                "× bare");
    for (const Series* series : {&bareSeries, &fresh, &filled})
        std::printf("%-34s %7.1f ms %6.1f ms %6.1f ms %6.2f×\n", series->name, series->median(),
                    series->min(), series->max(), series->median() / bareSeries.median());
    return 0;
}
