// The process the kill test kills: tells a story whose chapter is one long reply, through
// the real chat path (ChatSession → StreamingMessageWriter → SQLite), and prints
// "<ms since start>\t<characters shown>" on stdout each time the shown reply grows.
//   storyteller-kill-victim DATA_DIR MS_PER_WORD
#include "KillVictimText.h"
#include "core/narration/ChatSession.h"
#include "core/narration/NarratorLines.h"
#include "core/narration/ScriptedNarrator.h"
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: storyteller-kill-victim DATA_DIR MS_PER_WORD\n");
        return 64;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    const int msPerWord = std::atoi(argv[2]);
    st::Database db(QDir(dir).filePath(QStringLiteral("storyteller.db")));
    if (!db.open().ok())
        return 2;
    st::SessionStore sessions(db.connection());
    st::MessageStore messages(db.connection());
    const auto session = sessions.create(QStringLiteral("Kill test"), QStringLiteral("en"));
    const st::Script script = st::killtest::script();
    st::NarratorLines lines;
    st::ChatSession chat(*session, script,
                         std::make_unique<st::ScriptedNarrator>(script, lines, QStringLiteral("en"),
                                                                msPerWord, [](int) { return 0; }),
                         st::ChatSession::Deps{messages, sessions});
    QElapsedTimer clock;
    clock.start();
    auto report = [&] {
        const auto* model = chat.model();
        const int last = model->rowCount() - 1;
        if (last >= 0 && model->at(last).role == st::MessageRecord::Role::Assistant &&
            model->at(last).chapter == 1) {
            std::printf("%lld\t%lld\n", static_cast<long long>(clock.elapsed()),
                        static_cast<long long>(model->at(last).content.size()));
            std::fflush(stdout);
        }
    };
    QObject::connect(chat.model(), &QAbstractItemModel::dataChanged, report);
    QObject::connect(chat.model(), &QAbstractItemModel::rowsInserted, report);
    QObject::connect(&chat, &st::ChatSession::replyFinished, &app, [&] {
        if (chat.chapter() == 0)
            chat.send(QStringLiteral("Tell me everything."));
        else
            QCoreApplication::quit(); // the kill should come long before this
    });
    chat.begin();
    return QCoreApplication::exec();
}
