// How long the offline evaluator takes to answer a request over a library of 2,000
// scripts, next to a baseline in the same run: a plain LIKE scan of every script body
// for the request's first word (what a naive search would do). Prints both and the ratio.
//   lexical_evaluator_bench [SCRIPTS]
#include "core/library/BundledLibrary.h"
#include "core/library/ScriptLibrary.h"
#include "core/match/LexicalEvaluator.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>

namespace {

st::Script syntheticScript(int i)
{
    static const QStringList words{
        QStringLiteral("ship"),    QStringLiteral("harbour"), QStringLiteral("storm"),
        QStringLiteral("king"),    QStringLiteral("letter"),  QStringLiteral("mountain"),
        QStringLiteral("village"), QStringLiteral("train"),   QStringLiteral("winter"),
        QStringLiteral("river"),   QStringLiteral("museum"),  QStringLiteral("painting")};
    st::Script s;
    s.title = QStringLiteral("Story %1 of the %2 and the %3")
                  .arg(i)
                  .arg(words.at(i % words.size()), words.at((i * 7) % words.size()));
    s.language = QStringLiteral("en");
    for (st::ScriptSection id : st::script_section::all()) {
        QStringList text;
        for (int w = 0; w < 120; ++w)
            text << words.at((i * 31 + w * 17 + static_cast<int>(id)) % words.size());
        s.section(id).content = text.join(QLatin1Char(' ')) + QStringLiteral(" number %1.").arg(i);
    }
    return s;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(10, std::atoi(argv[1])) : 2000;
    QTemporaryDir dir;
    st::Database db(dir.filePath(QStringLiteral("bench.db")));
    if (!db.open().ok())
        return 1;
    st::ScriptLibrary library(db.connection());
    st::BundledLibrary().install(library);
    library.transaction([&] {
        for (int i = 0; i < count; ++i)
            library.add(syntheticScript(i));
        return true;
    });
    const QStringList queries{QStringLiteral("the Mary Celeste"),
                              QStringLiteral("ghost ship found adrift in 1872"),
                              QStringLiteral("story of the storm and the king"),
                              QStringLiteral("quantum chromodynamics")};
    st::LexicalEvaluator evaluator(library, [](int) { return 0; });
    const int rounds = 20;

    QElapsedTimer timer;
    timer.start();
    int checksum = 0;
    for (int r = 0; r < rounds; ++r) {
        for (const QString& q : queries)
            checksum += evaluator.evaluate(q, QStringLiteral("en")).score;
    }
    const double evaluatorMs = timer.nsecsElapsed() / 1e6 / (rounds * queries.size());

    timer.restart();
    for (int r = 0; r < rounds; ++r) {
        for (const QString& q : queries) {
            QSqlQuery scan(db.connection());
            scan.prepare(QStringLiteral("SELECT count(*) FROM scripts WHERE body LIKE :p"));
            scan.bindValue(QStringLiteral(":p"),
                           QString(QStringLiteral("%") + q.section(u' ', -1) + u'%'));
            scan.exec();
            if (scan.next())
                checksum += scan.value(0).toInt();
        }
    }
    const double scanMs = timer.nsecsElapsed() / 1e6 / (rounds * queries.size());

    std::printf("library: %d scripts (+ the bundled ones)\n", count);
    std::printf("evaluator (FTS5 bm25 + coverage score): %.3f ms per request\n", evaluatorMs);
    std::printf("baseline (LIKE scan of every body):     %.3f ms per request\n", scanMs);
    std::printf("ratio evaluator/baseline: %.2f   (checksum %d)\n", evaluatorMs / scanMs, checksum);
    return 0;
}
