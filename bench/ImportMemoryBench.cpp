// Reading a large session file for import (issue 16): peak memory and time of
// SessionImporter::readFile, which checks each message as the parser reads it, against the
// way before it (the same bytes parsed into one JSON tree, then checked; emulated here by
// keeping JsonInput::parseOrdered's tree while SessionJson::read runs; its time is the tree's
// alone). The file is written
// by SessionJson::write: 100,000 messages (the most a file may hold) of about 600
// characters, Korean and English, ~60 MB. Each measurement runs in a fresh child process
// (VmHWM reset before reading; growth over VmRSS then). Nothing is asserted.
//   import_memory_bench [MESSAGES] [RUNS]     (default 100000, 3)
#include "ProcessMemory.h"
#include "core/store/SessionImporter.h"
#include "core/store/SessionJson.h"
#include "core/util/JsonInput.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace st;

namespace {

QByteArray longSessionFile(int count)
{
    SessionDocument d;
    d.session.uuid = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    d.session.name = QStringLiteral("A long evening");
    d.session.language = QStringLiteral("ko");
    d.session.provider = QStringLiteral("offline");
    d.session.createdAt = d.session.lastUsedAt = 1'714'590'123'120;
    const QString ko = QStringLiteral("1872년 12월 4일, 데이 그라티아호의 선원들은 돛을 단 채 "
                                      "표류하는 배를 발견했다. ");
    const QString en = QStringLiteral("The crew of the Dei Gratia saw a ship drifting under "
                                      "sail, and nobody was at her wheel. ");
    for (int i = 0; i < count; ++i) {
        MessageRecord m;
        m.seq = i + 1;
        m.role = i % 2 ? MessageRecord::Role::User : MessageRecord::Role::Assistant;
        m.content = (i % 2 ? en : ko).repeated(3);
        m.chapter = i % 2 ? -1 : (i / 2) % 14;
        m.createdAt = m.updatedAt = 1'714'590'124'000 + i;
        d.messages.append(m);
    }
    return SessionJson::write(d);
}

int child(const QString& mode, const QString& path)
{
    const bool peakKnown = resetPeakMemory();
    const long before = statusKb("VmRSS");
    QElapsedTimer clock;
    clock.start();
    int messages = -1;
    double ms = -1;
    if (mode == QLatin1String("ours")) {
        const SessionJson::ReadResult read = SessionImporter::readFile(path);
        messages = read.document ? int(read.document->messages.size()) : -1;
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 2;
        const QByteArray bytes = file.readAll();
        const JsonInput::OrderedParsed tree = JsonInput::parseOrdered(bytes);
        ms = clock.nsecsElapsed() / 1e6; // the tree alone: its checks came on top
        const SessionJson::ReadResult read = SessionJson::read(bytes);
        messages = tree.ok() && read.document ? int(read.document->messages.size()) : -1;
    }
    if (ms < 0)
        ms = clock.nsecsElapsed() / 1e6;
    const long peak = peakKnown ? statusKb("VmHWM") : -1;
    std::printf("%.1f %ld %d\n", ms, peak < 0 ? -1 : peak - before, messages);
    return messages < 0 ? 3 : 0;
}

struct Run
{
    double ms = 0;
    double growthMb = 0;
};

bool runChild(const QString& mode, const QString& path, Run& out)
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), mode, path});
    if (!p.waitForFinished(300000) || p.exitCode() != 0) {
        std::fprintf(stderr, "child %s failed (exit %d): %s\n", qPrintable(mode), p.exitCode(),
                     p.readAllStandardError().constData());
        return false;
    }
    const QStringList f = QString::fromLatin1(p.readAllStandardOutput()).split(QLatin1Char(' '));
    if (f.size() < 3)
        return false;
    out = {f[0].toDouble(), f[1].toLong() / 1024.0};
    return true;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 4 && qstrcmp(argv[1], "--child") == 0)
        return child(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    const int count = argc > 1 ? std::clamp(atoi(argv[1]), 10, SessionJson::maxMessages) : 100000;
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.json"));
    const QByteArray bytes = longSessionFile(count);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return 1;
    }
    const double fileMb = bytes.size() / 1048576.0;
    std::printf("import_memory_bench: a session file of %d messages, %.1f MB, %d runs each\n",
                count, fileMb, runs);
    std::vector<double> oursMs, oursMb, treeMs, treeMb;
    for (int i = 0; i < runs; ++i) {
        Run r;
        if (!runChild(QStringLiteral("ours"), path, r))
            return 1;
        oursMs.push_back(r.ms);
        oursMb.push_back(r.growthMb);
        if (!runChild(QStringLiteral("tree"), path, r))
            return 1;
        treeMs.push_back(r.ms);
        treeMb.push_back(r.growthMb);
    }
    std::printf("  %-44s %8.0f ms  peak growth %7.1f MB (%.1f× the file)\n",
                "ours (read, parsed and checked)", median(oursMs), median(oursMb),
                median(oursMb) / fileMb);
    std::printf("  %-44s %8.0f ms  peak growth %7.1f MB (%.1f× the file)\n",
                "baseline (read and parsed into one tree)", median(treeMs), median(treeMb),
                median(treeMb) / fileMb);
    std::printf("  ratio baseline/ours: peak growth %.1f×, time %.2f× (the baseline's time leaves "
                "out its checks)\n",
                median(treeMb) / std::max(0.1, median(oursMb)),
                median(treeMs) / std::max(0.1, median(oursMs)));
    return 0;
}
