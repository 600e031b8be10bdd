// Session export to files: the Markdown transcript (title, story, language, dates, every
// message) and where the files go, on the session of SessionExportFixture.
#include "core/store/SessionDocumentStore.h"
#include "core/util/ExportPath.h"
#include "support/QtPrinters.h"
#include "unit/store/SessionExportFixture.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace st {
namespace {

using Role = MessageRecord::Role;
using Format = SessionExporter::Format;

class SessionExportFileTest : public SessionExportFixture
{
};

TEST_F(SessionExportFileTest, MarkdownIsTheReadableTranscript)
{
    // A folder as the output: the file is named after the session.
    const auto result = SessionExporter(source.connection())
                            .exportSession(sessionId, Format::Markdown, files.path());
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    const QString name = QStringLiteral("Evening 🌙 이야기.md");
    EXPECT_EQ(result.path, QDir(files.path()).absoluteFilePath(name));
    const QString md = QString::fromUtf8(files.readFile(name));
    const auto local = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    const auto session = SessionDocumentStore(source.connection()).load(sessionId);
    ASSERT_TRUE(session);
    EXPECT_TRUE(md.startsWith(QStringLiteral("# Evening 🌙 이야기\n"))) << md.toStdString();
    for (const QString& line : QStringList{
             QStringLiteral("- **Story:** 디아틀로프 고개 사건"),
             QStringLiteral("- **Language:** 한국어 (ko)"),
             QStringLiteral("- **Started:** ") + local(session->session.createdAt),
             QStringLiteral("- **Last told:** ") + local(session->session.lastUsedAt),
             QStringLiteral("## Opening"), QStringLiteral("## Chapter 1: 출발"),
             QStringLiteral("## Chapter 2"), QStringLiteral("**Narrator:**"),
             QStringLiteral("**You:**"), QStringLiteral("> (as written: 雪崩のせいでしょうか？😀)"),
             QStringLiteral("> What happened next?\n> Tell me everything."),
             QStringLiteral("> 続けて")})
        EXPECT_TRUE(md.contains(line)) << line.toStdString() << "\n---\n" << md.toStdString();
    for (const MessageRecord& m : session->messages) {
        if (m.role == Role::Assistant) {
            EXPECT_TRUE(md.contains(m.content.trimmed())) << m.content.toStdString();
        }
    }
    EXPECT_EQ(md.count(QStringLiteral("*(cut off here)*")), 2);      // interrupted and error
    EXPECT_FALSE(md.contains(QStringLiteral("note: the listener"))); // system notes are not told
    EXPECT_LT(md.indexOf(QStringLiteral("## Opening")), md.indexOf(QStringLiteral("## Chapter 1")));
}

TEST_F(SessionExportFileTest, ExportWritesWhereItIsToldOrSaysWhyNot)
{
    SessionExporter exporter(source.connection());
    const auto noSuffix =
        exporter.exportSession(sessionId, Format::Json, files.filePath(QStringLiteral("night")));
    ASSERT_TRUE(noSuffix.ok());
    EXPECT_EQ(noSuffix.path, files.filePath(QStringLiteral("night.json")));
    EXPECT_TRUE(QFile::exists(noSuffix.path));

    const auto unknown = exporter.exportSession(9'999, Format::Json, files.path());
    EXPECT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error.contains(QStringLiteral("9999"))) << unknown.error.toStdString();

    const QString nowhere = files.filePath(QStringLiteral("missing/folder/x.json"));
    const auto unwritable = exporter.exportSession(sessionId, Format::Json, nowhere);
    EXPECT_FALSE(unwritable.ok());
    EXPECT_TRUE(unwritable.error.contains(nowhere)) << unwritable.error.toStdString();
    EXPECT_FALSE(QFile::exists(nowhere));

    EXPECT_EQ(SessionExporter::formatFromName(QStringLiteral("JSON")), Format::Json);
    EXPECT_EQ(SessionExporter::formatFromName(QStringLiteral("markdown")), Format::Markdown);
    EXPECT_EQ(SessionExporter::formatFromName(QStringLiteral("md")), Format::Markdown);
    EXPECT_FALSE(SessionExporter::formatFromName(QStringLiteral("wav")));
    EXPECT_EQ(ExportPath::file(QStringLiteral("a/b"), files.path(), QStringLiteral("md")),
              files.filePath(QStringLiteral("a_b.md")));
    EXPECT_EQ(ExportPath::file(QStringLiteral("x"), files.filePath(QStringLiteral("y.txt")),
                               QStringLiteral("md")),
              files.filePath(QStringLiteral("y.txt")));
}

} // namespace
} // namespace st
