#pragma once

// Shared by the PageFetcher and PageReader tests: a FakeWebServer, a network manager that
// never uses a proxy, and helpers that run one fetch / read to its end.
#include "core/web/PageFetcher.h"
#include "core/web/PageReader.h"
#include "support/FakeWebServer.h"
#include "support/QtPrinters.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTest>
#include <gtest/gtest.h>
#include <optional>
#include <type_traits>

namespace st {

inline void PrintTo(const WebError& error, std::ostream* os)
{
    *os << "WebError(" << WebError::kindName(error.kind).toStdString() << ", " << error.httpStatus
        << ", " << error.message().toStdString() << ")";
}

/// How one fetch or read ended.
struct WebOutcome
{
    std::optional<FetchedPage> page;     // PageFetcher::finished
    std::optional<ExtractedPage> reader; // PageReader::finished
    QUrl url;                            // PageReader::finished
    std::optional<WebError> error;
    int signalCount = 0;
    qint64 elapsedMs = 0;

    bool ok() const { return !error && (page || reader); }
    WebError::Kind kind() const { return error ? error->kind : WebError::Kind::None; }
};

class WebTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        network.setProxy(QNetworkProxy::NoProxy);
        ASSERT_TRUE(web.listen());
        limits.connectTimeoutMs = 5000;
        limits.idleTimeoutMs = 5000;
        limits.maxBytes = 256 * 1024;
    }

    /// Runs \a start (which begins a fetch or read) and waits up to \a timeoutMs for the
    /// first signal, then a little longer to catch a second one.
    template <typename Source, typename Start>
    WebOutcome run(Source& source, Start start, int timeoutMs = 8000)
    {
        WebOutcome outcome;
        QElapsedTimer clock;
        QList<QMetaObject::Connection> connections;
        if constexpr (std::is_same_v<Source, PageFetcher>) {
            connections << QObject::connect(&source, &PageFetcher::finished,
                                            [&](const FetchedPage& page) {
                                                outcome.page = page;
                                                ++outcome.signalCount;
                                            });
            connections << QObject::connect(&source, &PageFetcher::failed,
                                            [&](const WebError& error) {
                                                outcome.error = error;
                                                ++outcome.signalCount;
                                            });
        } else {
            connections << QObject::connect(&source, &PageReader::finished,
                                            [&](const ExtractedPage& page, const QUrl& url) {
                                                outcome.reader = page;
                                                outcome.url = url;
                                                ++outcome.signalCount;
                                            });
            connections << QObject::connect(&source, &PageReader::failed,
                                            [&](const WebError& error) {
                                                outcome.error = error;
                                                ++outcome.signalCount;
                                            });
        }
        clock.start();
        start();
        // Never from inside fetch() / read(): always from the event loop.
        EXPECT_EQ(outcome.signalCount, 0);
        const bool signalled = QTest::qWaitFor([&] { return outcome.signalCount > 0; }, timeoutMs);
        EXPECT_TRUE(signalled) << "no finished() or failed() in " << timeoutMs << " ms";
        outcome.elapsedMs = clock.elapsed();
        QTest::qWait(30);
        for (const auto& connection : connections)
            QObject::disconnect(connection);
        return outcome;
    }

    WebOutcome fetch(const QUrl& url, int timeoutMs = 8000)
    {
        PageFetcher fetcher(network, limits);
        return run(
            fetcher, [&] { fetcher.fetch(url); }, timeoutMs);
    }

    WebOutcome fetch(const QString& path) { return fetch(web.url(path)); }

    WebOutcome read(const QUrl& url, int timeoutMs = 8000)
    {
        PageReader reader(network, limits);
        return run(
            reader, [&] { reader.read(url); }, timeoutMs);
    }

    QNetworkAccessManager network;
    FakeWebServer web;
    PageFetcher::Limits limits;
};

} // namespace st
