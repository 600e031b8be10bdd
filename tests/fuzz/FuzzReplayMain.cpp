// fuzz_replay NAME DIR: feeds every file in DIR (but README*) to fuzz target NAME's
// LLVMFuzzerTestOneInput, as libFuzzer would, one after another. A crash, an abort or an
// exception that escapes is the test failing. The targets are fuzz/NAME_fuzz.cpp, compiled
// here without libFuzzer, their entry points renamed (see tests/CMakeLists.txt).
#include "FuzzReplayTargets.h"

#include <QDir>
#include <QFile>
#include <cstdio>
#include <cstring>

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s TARGET DIR\n", argv[0]);
        return 2;
    }
    const ReplayTarget* target = nullptr;
    for (const ReplayTarget& t : kReplayTargets) {
        if (std::strcmp(t.name, argv[1]) == 0)
            target = &t;
    }
    if (!target) {
        std::fprintf(stderr, "no fuzz target %s\n", argv[1]);
        return 2;
    }
    target->initialize(&argc, &argv);

    const QDir dir(QString::fromLocal8Bit(argv[2]));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    int replayed = 0;
    for (const QString& name : files) {
        if (name.startsWith(QLatin1String("README")))
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
            return 1;
        }
        const QByteArray input = file.readAll();
        std::printf("%s: %s (%lld bytes)\n", target->name, qPrintable(name),
                    static_cast<long long>(input.size()));
        std::fflush(stdout);
        target->testOneInput(reinterpret_cast<const uint8_t*>(input.constData()),
                             size_t(input.size()));
        ++replayed;
    }
    std::printf("%s: %d input(s) replayed, none crashed\n", target->name, replayed);
    return 0;
}
