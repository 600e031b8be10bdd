#pragma once

// Shared by the OpenAiClient and OllamaClient tests (and their failure tests): a
// FakeLlmServer, a client for it, a reply stream run to its end while the test's event loop
// serves the fake server, and the checks both APIs pass alike.
#include "core/llm/ModelClient.h"
#include "support/FakeLlmServer.h"
#include "unit/llm/LlmTestPrinters.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

namespace st::clienttest {

const QString kKey = QStringLiteral("sk-test-client-0123456789abcdef");
const QStringList kFour{QStringLiteral("One"), QStringLiteral(" two"), QStringLiteral(" three"),
                        QStringLiteral(" four.")};

/// What a reply stream did, from start() to its end.
struct StreamRun
{
    bool ended = false;
    int finished = 0;
    int failed = 0;
    int cancelled = 0;
    QStringList deltas;
    QVector<QPair<int, int>> retrying; // (attempt, delayMs)
    QString failMessage;
    LlmError error;
    QString text;
    TokenUsage usage;
};

/// Starts \a stream and serves the event loop until it ends (or \a timeoutMs pass);
/// \a whileRunning, when given, is called once after the first delta.
inline StreamRun run(ReplyStream& stream, int timeoutMs = 10000,
                     const std::function<void()>& afterFirstDelta = {})
{
    StreamRun result;
    QObject context;
    QObject::connect(&stream, &ReplyStream::delta, &context, [&](const QString& piece) {
        result.deltas.append(piece);
        if (result.deltas.size() == 1 && afterFirstDelta)
            afterFirstDelta();
    });
    QObject::connect(&stream, &ReplyStream::finished, &context, [&] { ++result.finished; });
    QObject::connect(&stream, &ReplyStream::cancelled, &context, [&] { ++result.cancelled; });
    QObject::connect(&stream, &ReplyStream::failed, &context, [&](const QString& message) {
        ++result.failed;
        result.failMessage = message;
    });
    QObject::connect(&stream, &ReplyStream::retrying, &context, [&](int attempt, int delayMs) {
        result.retrying.append({attempt, delayMs});
    });
    stream.start();
    result.ended = QTest::qWaitFor([&stream] { return !stream.isRunning(); }, timeoutMs);
    // Late signals (there should be none) would show up in the counts.
    QTest::qWait(20);
    result.error = stream.error();
    result.text = stream.text();
    result.usage = stream.usage();
    return result;
}

/// A port on 127.0.0.1 where nothing listens.
inline quint16 closedPort()
{
    FakeLlmServer probe;
    if (!probe.listen())
        return 0;
    const quint16 port = probe.port();
    probe.close();
    return port;
}

/// The body bytes of \a response's first \a count pieces.
inline qint64 bytesOfPieces(const FakeResponse& response, int count)
{
    qint64 n = 0;
    for (int i = 0; i < count && i < response.pieces().size(); ++i)
        n += response.pieces().at(i).bytes.size();
    return n;
}

/// A one-message chat request.
inline ChatRequest userRequest(const QString& text = QStringLiteral("Tell me a story"))
{
    ChatRequest request;
    request.messages.append({QStringLiteral("system"), QStringLiteral("You are a narrator.")});
    request.messages.append({QStringLiteral("user"), text});
    return request;
}

/// A fixture with a listening FakeLlmServer and a client of \a Api for it.
class ClientFixture : public ::testing::Test
{
protected:
    explicit ClientFixture(ProviderPreset::Api api) : m_api(api) {}

    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        network.setProxy(QNetworkProxy::NoProxy);
    }

    /// The configuration of a client for the fake server (OpenAI: base URL ending in /v1).
    ProviderConfig config(const QString& key = kKey) const
    {
        ProviderConfig c;
        c.api = m_api;
        c.presetId = m_api == ProviderPreset::Api::Ollama ? QStringLiteral("ollama")
                                                          : QStringLiteral("custom");
        c.baseUrl = m_api == ProviderPreset::Api::Ollama ? server.baseUrl()
                                                         : server.url(QStringLiteral("/v1"));
        c.model = QStringLiteral("test-model");
        c.embeddingModel = QStringLiteral("test-embed");
        c.apiKey = key;
        c.temperature = 0.5;
        c.maxTokens = 321;
        c.contextBudget = 4096;
        c.connectTimeoutMs = 5000;
        c.idleTimeoutMs = 5000;
        return c;
    }

    bool isOllama() const { return m_api == ProviderPreset::Api::Ollama; }

    /// The path the fake server sees a chat at.
    QString chatPath() const
    {
        return isOllama() ? QStringLiteral("/api/chat") : QStringLiteral("/v1/chat/completions");
    }

    /// A streamed chat reply in the API's wire format.
    static FakeResponse stream(ProviderPreset::Api api, const QStringList& deltas, int promptTokens,
                               int completionTokens)
    {
        return api == ProviderPreset::Api::Ollama
                   ? FakeResponse::ollamaStream(deltas, promptTokens, completionTokens)
                   : FakeResponse::openAiStream(deltas, promptTokens, completionTokens);
    }
    FakeResponse stream(const QStringList& deltas, int promptTokens, int completionTokens) const
    {
        return stream(m_api, deltas, promptTokens, completionTokens);
    }

    std::unique_ptr<ModelClient> client(const ProviderConfig& c)
    {
        return ModelClient::create(c, network);
    }
    std::unique_ptr<ModelClient> client() { return client(config()); }

    /// Runs a chat of userRequest() on a client for \a c.
    StreamRun chat(const ProviderConfig& c, int timeoutMs = 10000,
                   const std::function<void()>& afterFirstDelta = {})
    {
        const auto modelClient = client(c);
        const auto stream = modelClient->chat(userRequest());
        return run(*stream, timeoutMs, afterFirstDelta);
    }
    StreamRun chat() { return chat(config()); }

    /// Chats once and expects a failure of \a kind after \a requests requests.
    StreamRun expectFailure(LlmError::Kind kind, int requests, const ProviderConfig& c)
    {
        const StreamRun r = chat(c);
        EXPECT_TRUE(r.ended);
        EXPECT_EQ(r.error.kind, kind) << LlmError::kindName(r.error.kind).toStdString() << ": "
                                      << r.failMessage.toStdString();
        EXPECT_EQ(r.failed, 1);
        EXPECT_EQ(r.finished, 0);
        EXPECT_EQ(r.failMessage, r.error.message());
        EXPECT_EQ(server.requests(chatPath()).size(), requests);
        return r;
    }
    StreamRun expectFailure(LlmError::Kind kind, int requests = 1)
    {
        return expectFailure(kind, requests, config());
    }

    /// Streams a Korean and a Japanese reply read one byte at a time: no character is cut.
    void expectKoreanAndJapaneseSurviveOneByteReads()
    {
        const QStringList korean{QStringLiteral("옛날 옛적에"), QStringLiteral(" 한 등대지기가"),
                                 QStringLiteral(" 살았어요. 🌊")};
        const QStringList japanese{QStringLiteral("むかしむかし、"), QStringLiteral("灯台守が"),
                                   QStringLiteral("いました。")};
        for (const QStringList& deltas : {korean, japanese}) {
            server.enqueue(chatPath(), stream(deltas, 20, 9).splitEvery(1));
            const StreamRun r = chat();
            ASSERT_TRUE(r.ended);
            EXPECT_EQ(r.finished, 1);
            EXPECT_EQ(r.text, deltas.join(QString()));
            EXPECT_FALSE(r.text.contains(QChar::ReplacementCharacter));
            EXPECT_EQ(r.usage.completionTokens, 9);
        }
    }

    /// The models listed by a client for \a c.
    std::pair<QStringList, LlmError> listModels(const ProviderConfig& c)
    {
        const auto modelClient = client(c);
        bool done = false;
        std::pair<QStringList, LlmError> result;
        modelClient->listModels([&](const QStringList& models, const LlmError& error) {
            result = {models, error};
            done = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&done] { return done; }, 10000));
        return result;
    }

    std::pair<QVector<QVector<float>>, LlmError> embed(const QStringList& inputs)
    {
        const auto modelClient = client();
        bool done = false;
        std::pair<QVector<QVector<float>>, LlmError> result;
        modelClient->embed(inputs,
                           [&](const QVector<QVector<float>>& vectors, const LlmError& error) {
                               result = {vectors, error};
                               done = true;
                           });
        EXPECT_TRUE(QTest::qWaitFor([&done] { return done; }, 10000));
        return result;
    }

    HealthReport checkHealth(const ProviderConfig& c)
    {
        const auto modelClient = client(c);
        bool done = false;
        HealthReport report;
        modelClient->checkHealth([&](const HealthReport& r) {
            report = r;
            done = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&done] { return done; }, 10000));
        return report;
    }

    FakeLlmServer server;
    QNetworkAccessManager network;

private:
    ProviderPreset::Api m_api;
};

} // namespace st::clienttest
