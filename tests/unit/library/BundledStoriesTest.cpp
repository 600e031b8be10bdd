// The content of the bundled library (issue 18): every story in four languages, each
// script whole (14 sections told, none short, a hook and a question per chapter) and
// sourced (at least two references). Reads the files the app ships (:/library).

#include "core/script/ScriptJson.h"
#include "support/BundledLibraryFacts.h"
#include "support/QtPrinters.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <gtest/gtest.h>

namespace st {
namespace {

// Characters per section: below the shortest section of the first three stories, so a
// section that says little is caught (en 667, ko 368, ja 313, es 732 at the time).
int minimumSection(const QString& language)
{
    static const QHash<QString, int> minimum{{QStringLiteral("en"), 560},
                                             {QStringLiteral("ko"), 300},
                                             {QStringLiteral("ja"), 260},
                                             {QStringLiteral("es"), 600}};
    return minimum.value(language);
}

struct Bundle
{
    QString file;
    QJsonObject doc;
};

QVector<Bundle> bundles()
{
    QVector<Bundle> result;
    const QDir dir(QStringLiteral(":/library"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            result.append({name, QJsonDocument::fromJson(file.readAll()).object()});
    }
    return result;
}

TEST(BundledStoriesTest, TwentyFourStoriesEachInFourLanguagesUnderOneBundleId)
{
    const QVector<Bundle> all = bundles();
    EXPECT_EQ(all.size(), testdata::kBundledStories);
    for (const Bundle& b : all) {
        const QString id = b.doc.value(QStringLiteral("id")).toString();
        EXPECT_EQ(id + QStringLiteral(".json"), b.file);
        EXPECT_GE(b.doc.value(QStringLiteral("version")).toInt(), 1) << b.file.toStdString();
        QStringList languages;
        for (const QJsonValue& s : b.doc.value(QStringLiteral("scripts")).toArray())
            languages.append(s.toObject().value(QStringLiteral("language")).toString());
        EXPECT_EQ(languages, (QStringList{QStringLiteral("en"), QStringLiteral("ko"),
                                          QStringLiteral("ja"), QStringLiteral("es")}))
            << b.file.toStdString();
    }
}

TEST(BundledStoriesTest, EveryScriptIsWholeAndSourced)
{
    for (const Bundle& b : bundles()) {
        for (const QJsonValue& entry : b.doc.value(QStringLiteral("scripts")).toArray()) {
            const ScriptParseResult parsed =
                ScriptJson::read(QJsonDocument(entry.toObject()).toJson());
            const std::string where =
                QString(b.file + u' ' +
                        entry.toObject().value(QStringLiteral("language")).toString())
                    .toStdString();
            ASSERT_TRUE(parsed.ok()) << where << ": " << parsed.error.toStdString();
            EXPECT_TRUE(parsed.problems.isEmpty())
                << where << ": " << parsed.problems.join(u'|').toStdString();
            const Script& script = parsed.script;
            EXPECT_FALSE(script.title.isEmpty()) << where;
            EXPECT_FALSE(script.summary.isEmpty()) << where;
            EXPECT_FALSE(script.summary.contains(u'\n')) << where << ": summary on one line";
            EXPECT_FALSE(script.hook.isEmpty()) << where << ": no hook";
            EXPECT_GE(script.keywords.size(), 6) << where;
            EXPECT_GE(script.references.size(), 2) << where << ": fewer than two sources";
            EXPECT_EQ(script.tellableChapters().size(), kScriptSectionCount)
                << where << ": a section is empty or N/A";
            int questions = 0;
            for (const Script::Section& s : script.sections()) {
                const std::string section = where + ' ' + script_section::key(s.id).toStdString();
                EXPECT_FALSE(s.heading.isEmpty()) << section << ": no heading";
                EXPECT_GE(s.content.size(), minimumSection(script.language))
                    << section << ": too short";
                if (!s.question.isEmpty())
                    ++questions;
                else
                    EXPECT_EQ(s.id, ScriptSection::Epilogue) << section << ": no question";
            }
            EXPECT_GE(questions, kScriptSectionCount - 1) << where;
        }
    }
}

TEST(BundledStoriesTest, TitlesAreUniquePerLanguage)
{
    QHash<QString, QString> seen; // "language\ttitle" -> file
    for (const Bundle& b : bundles()) {
        for (const QJsonValue& entry : b.doc.value(QStringLiteral("scripts")).toArray()) {
            const QJsonObject s = entry.toObject();
            const QString key = s.value(QStringLiteral("language")).toString() + u'\t' +
                                s.value(QStringLiteral("title")).toString().simplified().toLower();
            EXPECT_FALSE(seen.contains(key)) << key.toStdString() << " in " << b.file.toStdString()
                                             << " and " << seen.value(key).toStdString();
            seen.insert(key, b.file);
        }
    }
}

} // namespace
} // namespace st
