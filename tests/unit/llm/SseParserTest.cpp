// SseParser against the web-platform-tests eventsource vectors (../shared/vectors/
// sse_wpt.json), each stream fed whole, one byte at a time and in random pieces. Without
// the shared data (a fresh clone) every test here skips and says so; CI requires it.
#include "core/llm/SseParser.h"

#include "support/SharedData.h"
#include "unit/llm/SseTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cctype>
#include <gtest/gtest.h>
#include <optional>

namespace st {
namespace {

using sse_test::Outcome;

struct WptCase
{
    std::string testName; // the vector's name as a test name: [A-Za-z0-9_]
    QString name;
    QByteArray input;
    QString initialLastEventId;
    QVector<SseEvent> events;
    std::optional<int> retry;
    bool expectConnectionFailure = false;
    QString contentType;
    QString problem;     // why the vector file could not be used; the test then fails
    bool absent = false; // no vector file at all: the shared data is not beside this clone
};

void PrintTo(const WptCase& wptCase, std::ostream* os)
{
    *os << wptCase.testName;
}

const QString kVectors = QStringLiteral("vectors/sse_wpt.json");

QString vectorsPath()
{
    return SharedData::path(kVectors);
}

WptCase brokenFile(const QString& problem)
{
    WptCase broken;
    broken.testName = "VectorFileUnusable";
    broken.problem = problem;
    return broken;
}

std::string testNameOf(const QString& name)
{
    std::string result = name.toStdString();
    for (char& c : result) {
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    }
    return result;
}

WptCase caseFrom(const QJsonObject& object)
{
    WptCase wptCase;
    wptCase.name = object.value(QLatin1String("name")).toString();
    wptCase.testName = testNameOf(wptCase.name);
    wptCase.input =
        QByteArray::fromBase64(object.value(QLatin1String("input_b64")).toString().toLatin1());
    wptCase.initialLastEventId = object.value(QLatin1String("initial_last_event_id")).toString();
    for (const QJsonValue& value : object.value(QLatin1String("events")).toArray()) {
        const QJsonObject event = value.toObject();
        wptCase.events.append(SseEvent{event.value(QLatin1String("type")).toString(),
                                       event.value(QLatin1String("data")).toString(),
                                       event.value(QLatin1String("id")).toString()});
    }
    if (object.contains(QLatin1String("retry")))
        wptCase.retry = object.value(QLatin1String("retry")).toInt();
    wptCase.expectConnectionFailure =
        object.value(QLatin1String("expect_connection_failure")).toBool();
    wptCase.contentType = object.value(QLatin1String("content_type")).toString();
    if (wptCase.name.isEmpty() || !object.contains(QLatin1String("input_b64")) ||
        !object.value(QLatin1String("events")).isArray())
        wptCase.problem = QStringLiteral("a vector lacks name, input_b64 or events");
    return wptCase;
}

// Read once, while the tests are registered. An unreadable or damaged file becomes one
// case that fails, so it can never pass unnoticed; an absent one, one case that skips (or
// fails where the shared data is required).
std::vector<WptCase> wptCases()
{
    if (!SharedData::absence(kVectors).isEmpty()) {
        WptCase absent;
        absent.testName = "VectorFileAbsent";
        absent.absent = true;
        return {absent};
    }
    QFile file(vectorsPath());
    if (!file.open(QIODevice::ReadOnly))
        return {brokenFile(QStringLiteral("cannot read ") + file.fileName())};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isArray() || document.array().isEmpty())
        return {brokenFile(file.fileName() + QStringLiteral(" is not a JSON array of cases: ") +
                           error.errorString())};
    std::vector<WptCase> cases;
    for (const QJsonValue& value : document.array())
        cases.push_back(caseFrom(value.toObject()));
    return cases;
}

class SseWptTest : public ::testing::TestWithParam<WptCase>
{
protected:
    void SetUp() override
    {
        if (GetParam().absent)
            ST_NEED_SHARED_DATA(kVectors);
        if (!GetParam().problem.isEmpty())
            FAIL() << GetParam().problem.toStdString() << " (" << vectorsPath().toStdString()
                   << ")";
    }

    // Checks what the parser made of the vector's stream cut into \a chunks.
    void check(const QVector<QByteArray>& chunks)
    {
        const WptCase& wptCase = GetParam();
        SCOPED_TRACE(sse_test::describe(chunks));
        const Outcome outcome = sse_test::parseChunks(chunks, wptCase.initialLastEventId);
        if (isConnectionCheckOnly()) {
            // The expected events are the client's (none: it fails the connection); the
            // parser must still read the stream the same way however it is cut.
            const Outcome whole = sse_test::parseChunks({wptCase.input});
            EXPECT_EQ(outcome.events, whole.events);
            return;
        }
        EXPECT_EQ(outcome.events, wptCase.events);
        EXPECT_EQ(outcome.retryMs, wptCase.retry.value_or(-1));
    }

    void skipIfConnectionCheck()
    {
        if (isConnectionCheckOnly())
            GTEST_SKIP() << "a connection-level MIME check (Content-Type \""
                         << GetParam().contentType.toStdString()
                         << "\"): the client fails the connection; the parser was run over the "
                            "stream for consistency only";
    }

private:
    bool isConnectionCheckOnly() const
    {
        return GetParam().expectConnectionFailure && GetParam().events.isEmpty();
    }
};

TEST_P(SseWptTest, Whole)
{
    check({GetParam().input});
    skipIfConnectionCheck();
}

TEST_P(SseWptTest, OneByteAtATime)
{
    check(sse_test::oneByteAtATime(GetParam().input));
    skipIfConnectionCheck();
}

TEST_P(SseWptTest, RandomSplits)
{
    for (const unsigned seed : {1u, 42u, 2024u, 0xC0FFEEu}) {
        std::mt19937 rng(seed);
        for (int i = 0; i < 8; ++i) {
            check(sse_test::randomChunks(GetParam().input, rng));
            if (HasFailure())
                return; // one failing cut says enough
        }
    }
    skipIfConnectionCheck();
}

INSTANTIATE_TEST_SUITE_P(Wpt, SseWptTest, ::testing::ValuesIn(wptCases()),
                         [](const ::testing::TestParamInfo<WptCase>& info) {
                             return info.param.testName;
                         });

TEST(SseWptVectorsTest, AllAreReadAndNoneHasAnErrorField)
{
    ST_NEED_SHARED_DATA(kVectors);
    const std::vector<WptCase> cases = wptCases();
    ASSERT_GE(cases.size(), 31u) << vectorsPath().toStdString();
    const QRegularExpression lineEnd(QStringLiteral("\\r\\n|\\r|\\n"));
    for (const WptCase& wptCase : cases) {
        EXPECT_TRUE(wptCase.problem.isEmpty()) << wptCase.testName;
        EXPECT_FALSE(wptCase.input.isEmpty()) << wptCase.testName;
        // The parser's `error` field extension must leave every vector as WHATWG reads it.
        for (const QString& line : QString::fromLatin1(wptCase.input).split(lineEnd)) {
            EXPECT_FALSE(line == QLatin1String("error") || line.startsWith(QLatin1String("error:")))
                << wptCase.testName;
        }
    }
}

TEST(SseWptVectorsTest, AnIncompleteLastEventCommitsNoId)
{
    ST_NEED_SHARED_DATA(kVectors);
    for (const WptCase& wptCase : wptCases()) {
        if (wptCase.name != QLatin1String("data-before-final-empty-line"))
            continue;
        // "id:test" was read, but the block never ended: the last event ID stays empty.
        EXPECT_EQ(sse_test::parseChunks({wptCase.input}).lastEventId, QString());
        return;
    }
    FAIL() << "the vector data-before-final-empty-line is missing";
}

} // namespace
} // namespace st
