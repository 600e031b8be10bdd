// Issue 18: the offline evaluator finds every bundled story by its title and by a plain
// description of its events, in each language, and an unrelated request stays unknown.
// The requests (tests/data/library/requests/LANG.tsv) were written by someone who never
// saw the scripts. Hit rates are printed per language and kind.

#include "core/library/BundledLibrary.h"
#include "core/library/ScriptLibrary.h"
#include "core/match/LexicalEvaluator.h"
#include "core/store/Database.h"
#include "support/BundledLibraryFacts.h"
#include "support/QtPrinters.h"
#include "support/StoryTestData.h"
#include "support/TempDataDir.h"

#include <QFile>
#include <cstdio>
#include <gtest/gtest.h>

namespace st {
namespace {

constexpr int kUnknownBelow = 80; // the default thresholds (Settings)
constexpr int kMatchFrom = 95;

struct Request
{
    QString expected; // a bundle id, or "unknown"
    QString kind;     // title, description, unrelated
    QString text;
};

QVector<Request> requests(const QString& language)
{
    QVector<Request> result;
    QFile file(QStringLiteral(STORYTELLER_TEST_DATA "/library/requests/") + language +
               QStringLiteral(".tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString& line : lines.mid(1)) {
        const QStringList cells = line.split(u'\t');
        if (cells.size() == 3)
            result.append({cells.at(0), cells.at(1), cells.at(2).trimmed()});
    }
    return result;
}

class LibraryRequestsTest : public ::testing::TestWithParam<const char*>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.open().ok());
        library = std::make_unique<ScriptLibrary>(db.connection());
        ASSERT_EQ(BundledLibrary().install(*library).added, testdata::kBundledScripts);
    }

    TempDataDir dir;
    Database db{dir.databasePath()};
    std::unique_ptr<ScriptLibrary> library;
};

TEST_P(LibraryRequestsTest, TitlesMatchDescriptionsFindTheStoryUnrelatedStayUnknown)
{
    const QString language = QString::fromLatin1(GetParam());
    const QVector<Request> all = requests(language);
    ASSERT_EQ(all.size(), testdata::kBundledStories * 3 + 20) << "the request table";
    const LexicalEvaluator evaluator(*library, testdata::constantRandom());
    QHash<QString, int> asked;
    QHash<QString, int> right;
    QStringList misses;
    int unrelatedMatches = 0; // an unrelated request that would start a story at once
    for (const Request& r : all) {
        const Evaluation e = evaluator.evaluate(r.text, language);
        const auto info = e.hasCandidate() ? library->info(e.scriptId) : std::nullopt;
        const QString found = info ? info->bundleId : QString();
        bool ok = false;
        if (r.kind == QLatin1String("title"))
            ok = found == r.expected && e.score >= kMatchFrom;
        else if (r.kind == QLatin1String("description"))
            ok = found == r.expected && e.score >= kUnknownBelow;
        else {
            ok = e.score < kUnknownBelow;
            if (e.score >= kMatchFrom)
                ++unrelatedMatches;
        }
        ++asked[r.kind];
        if (ok)
            ++right[r.kind];
        else
            misses.append(QStringLiteral("  %1 %2 \"%3\" -> %4 (%5)")
                              .arg(r.kind, r.expected, r.text, found.isEmpty() ? u"-"_qs : found)
                              .arg(e.score));
    }
    for (const QString& kind :
         {QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("unrelated")})
        std::printf("[ %s ] %-11s %3d of %3d right\n", qPrintable(language), qPrintable(kind),
                    right.value(kind), asked.value(kind));
    for (const QString& miss : std::as_const(misses))
        std::printf("%s\n", qPrintable(miss));
    // Floors at what the tuned scoring reaches (NOTES, "A library worth opening"): a title
    // it misses is spelt otherwise than the script's title and keywords; a description it
    // misses points at another story first; an unrelated request it misses shares two or
    // three telling words with a story ("the robbery in La casa de papel").
    EXPECT_GE(right.value(QStringLiteral("title")), testdata::kBundledStories - 1);
    EXPECT_GE(right.value(QStringLiteral("description")), testdata::kBundledStories * 2 - 4);
    EXPECT_GE(right.value(QStringLiteral("unrelated")), 16);
    // The rest ask "Did you mean …?"; at most one starts a story at once (es: "the robbery
    // in La casa de papel" names the title's word and three more the story holds).
    EXPECT_LE(unrelatedMatches, 1);
}

INSTANTIATE_TEST_SUITE_P(Languages, LibraryRequestsTest, ::testing::Values("en", "ko", "ja", "es"));

} // namespace
} // namespace st
