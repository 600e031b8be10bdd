// Main-text extraction measured on real pages: the 30 saved pages of ../shared/pages
// (Mozilla Readability's test pages: news sites, blogs, Wikipedia, a Japanese, a Chinese
// and a right-to-left page) and the Korean pages of tests/data/web. For every page: the
// precision, recall and F1 of the extracted words against the expected text (characters
// for Chinese and Japanese; see ExtractionScore.h), whether the title matches (the rule is
// in ExtractionScore::titleMatches) and whether the language does (primary subtag, when
// the page states one). Prints the table; asserts the mean F1 and the share of right titles.
// With STORYTELLER_EXTRACT_DUMP=DIR set, each page's extracted title and text are written
// to DIR/<page>.txt for a diff against expected.json.
#include "ExtractionPages.h"
#include "ExtractionScore.h"
#include "core/web/HtmlExtractor.h"
#include "core/web/PageMetadata.h"
#include "support/SharedData.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>
#include <gtest/gtest.h>

namespace st::webtest {
namespace {

constexpr double kMinMeanF1 = 0.93;
constexpr double kMinTitleShare = 0.90;

struct Tally
{
    int pages = 0;
    double f1Sum = 0;
    int titles = 0;

    double meanF1() const { return pages ? f1Sum / pages : 0; }
    double titleShare() const { return pages ? double(titles) / pages : 0; }
};

void dump(const QString& name, const ExtractedPage& got)
{
    const QString dir = qEnvironmentVariable("STORYTELLER_EXTRACT_DUMP");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QFile file(dir + QLatin1Char('/') + name + QStringLiteral(".txt"));
    if (file.open(QIODevice::WriteOnly))
        file.write((got.title + QLatin1Char('\n') + got.text + QLatin1Char('\n')).toUtf8());
}

void score(const QVector<ExtractionPage>& pages, Tally* all, Tally* group)
{
    for (const ExtractionPage& page : pages) {
        ASSERT_TRUE(page.problem.isEmpty())
            << page.name.toStdString() << ": " << page.problem.toStdString();
        QElapsedTimer timer;
        timer.start();
        const ExtractedPage got = HtmlExtractor::extract(page.html);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        dump(page.name, got);
        const ExtractionScore s = ExtractionScore::of(got.text, page.text);
        const bool titleOk = ExtractionScore::titleMatches(got.title, page.title);
        const QString wantLang = PageMetadata::primaryLanguage(page.lang);
        const char* langMark = wantLang.isEmpty() ? "-" : got.language == wantLang ? "ok" : "NO";
        std::printf("%-22s %6.3f %6.3f %6.3f  %-5s %-3s %7lld %7lld %8.1f\n",
                    page.name.toUtf8().constData(), s.precision, s.recall, s.f1,
                    titleOk ? "ok" : "NO", langMark, static_cast<long long>(got.text.size()),
                    static_cast<long long>(page.text.size()), ms);
        if (!titleOk)
            std::printf("%22s title \"%s\", expected \"%s\"\n", "", got.title.toUtf8().constData(),
                        page.title.toUtf8().constData());
        if (!wantLang.isEmpty()) {
            EXPECT_EQ(got.language.toStdString(), wantLang.toStdString())
                << page.name.toStdString();
        }
        EXPECT_FALSE(got.needsJavaScript) << page.name.toStdString();
        for (Tally* t : {all, group}) {
            ++t->pages;
            t->f1Sum += s.f1;
            t->titles += titleOk ? 1 : 0;
        }
    }
}

void printTable(const char* header)
{
    std::printf("%s\n%-22s %6s %6s %6s  %-5s %-3s %7s %7s %8s\n", header, "page", "prec", "recall",
                "F1", "title", "lang", "chars", "expect", "ms");
}

TEST(HtmlExtractorPagesTest, RealPagesMeetTheTargets)
{
    ST_NEED_SHARED_DATA(QStringLiteral("pages"));
    const QVector<ExtractionPage> shared = ExtractionPages::load(ExtractionPages::sharedDir());
    const QVector<ExtractionPage> korean =
        ExtractionPages::load(ExtractionPages::koreanDir(), QStringLiteral("ko-"));
    ASSERT_GE(shared.size(), 30) << "no pages in " << ExtractionPages::sharedDir().toStdString();
    EXPECT_GE(korean.size(), 2) << "no ko-* pages in "
                                << ExtractionPages::koreanDir().toStdString();

    printTable("shared and own pages");
    Tally all, sharedTally, koreanTally;
    score(shared, &all, &sharedTally);
    score(korean, &all, &koreanTally);
    std::printf("shared pages: %d, mean F1 %.3f, titles %d/%d (%.0f%%)\n", sharedTally.pages,
                sharedTally.meanF1(), sharedTally.titles, sharedTally.pages,
                100 * sharedTally.titleShare());
    std::printf("korean pages: %d, mean F1 %.3f, titles %d/%d\n", koreanTally.pages,
                koreanTally.meanF1(), koreanTally.titles, koreanTally.pages);
    std::printf("all pages:    %d, mean F1 %.3f, titles %d/%d (%.0f%%)\n", all.pages, all.meanF1(),
                all.titles, all.pages, 100 * all.titleShare());

    EXPECT_GE(sharedTally.meanF1(), kMinMeanF1);
    EXPECT_GE(all.meanF1(), kMinMeanF1);
    EXPECT_GE(sharedTally.titleShare(), kMinTitleShare);
    EXPECT_GE(all.titleShare(), kMinTitleShare);
}

// Our own pages (tests/data/web) are in the repository: they are measured in every clone,
// with the same targets, whether the shared pages are there or not.
TEST(HtmlExtractorPagesTest, OwnPagesMeetTheTargets)
{
    const QVector<ExtractionPage> korean =
        ExtractionPages::load(ExtractionPages::koreanDir(), QStringLiteral("ko-"));
    ASSERT_GE(korean.size(), 2) << "no ko-* pages in "
                                << ExtractionPages::koreanDir().toStdString();
    printTable("own pages");
    Tally all, koreanTally;
    score(korean, &all, &koreanTally);
    EXPECT_GE(koreanTally.meanF1(), kMinMeanF1);
    EXPECT_GE(koreanTally.titleShare(), kMinTitleShare);
}

} // namespace
} // namespace st::webtest
