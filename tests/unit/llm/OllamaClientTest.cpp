// OllamaClient against FakeLlmServer: the /api/chat request on the wire, NDJSON text and
// counts, Korean and Japanese cut byte by byte, /api/tags, /api/embed and the health check.
// The failures are in OllamaClientFailureTest.cpp.
#include "core/llm/OllamaClient.h"

#include "support/QtPrinters.h"
#include "unit/llm/ClientTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace st {
namespace {

using namespace clienttest;
using Kind = LlmError::Kind;

class OllamaClientTest : public ClientFixture
{
protected:
    OllamaClientTest() : ClientFixture(ProviderPreset::Api::Ollama) {}
};

TEST_F(OllamaClientTest, StreamsTheLinesAndReadsTheCounts)
{
    const QStringList deltas{QStringLiteral("Once"), QStringLiteral(" upon"),
                             QStringLiteral(" a time.")};
    server.enqueue(chatPath(), FakeResponse::ollamaStream(deltas, 26, 3));
    const StreamRun r = chat();
    ASSERT_TRUE(r.ended);
    EXPECT_EQ(r.finished, 1);
    EXPECT_EQ(r.failed, 0);
    EXPECT_EQ(r.error.kind, Kind::None);
    EXPECT_EQ(r.text, deltas.join(QString()));
    EXPECT_EQ(r.deltas, deltas);
    EXPECT_EQ(r.usage.promptTokens, 26);
    EXPECT_EQ(r.usage.completionTokens, 3);
    EXPECT_EQ(server.requests(chatPath()).size(), 1);
}

TEST_F(OllamaClientTest, RequestCarriesTheModelMessagesAndOptions)
{
    ASSERT_EQ(chat(config(QString())).finished, 1);
    const FakeRequest request = server.lastRequest();
    EXPECT_EQ(request.method, QByteArray("POST"));
    EXPECT_EQ(request.path, chatPath());
    EXPECT_FALSE(request.hasHeader("authorization"));

    const QJsonObject body = request.json();
    EXPECT_EQ(body.value(QStringLiteral("model")).toString(), QStringLiteral("test-model"));
    EXPECT_EQ(body.value(QStringLiteral("stream")), QJsonValue(true));
    EXPECT_FALSE(body.contains(QStringLiteral("stream_options")));
    const QJsonObject options = body.value(QStringLiteral("options")).toObject();
    EXPECT_DOUBLE_EQ(options.value(QStringLiteral("temperature")).toDouble(), 0.5);
    EXPECT_EQ(options.value(QStringLiteral("num_predict")).toInt(), 321);
    EXPECT_EQ(options.value(QStringLiteral("num_ctx")).toInt(), 4096);
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages.at(1).toObject().value(QStringLiteral("content")).toString(),
              QStringLiteral("Tell me a story"));
}

TEST_F(OllamaClientTest, KeyIsSentWhenOneIsSet)
{
    ASSERT_EQ(chat().finished, 1);
    EXPECT_EQ(server.lastRequest().header("authorization"), "Bearer " + kKey.toUtf8());
}

TEST_F(OllamaClientTest, RequestValuesOverrideTheProviders)
{
    const auto c = client();
    ChatRequest request = userRequest();
    request.temperature = 0.0;
    request.maxTokens = 64;
    const auto stream = c->chat(request);
    ASSERT_EQ(run(*stream).finished, 1);
    const QJsonObject options =
        server.lastRequest().json().value(QStringLiteral("options")).toObject();
    EXPECT_DOUBLE_EQ(options.value(QStringLiteral("temperature")).toDouble(), 0.0);
    EXPECT_EQ(options.value(QStringLiteral("num_predict")).toInt(), 64);
}

TEST_F(OllamaClientTest, KoreanAndJapaneseSurviveOneByteReads)
{
    expectKoreanAndJapaneseSurviveOneByteReads();
}

TEST_F(OllamaClientTest, RootWithASlashReachesApiChat)
{
    ProviderConfig c = config();
    c.baseUrl = server.url(QStringLiteral("/"));
    EXPECT_EQ(chat(c).finished, 1);
    EXPECT_EQ(server.requests(chatPath()).size(), 1);
}

TEST_F(OllamaClientTest, ListModelsReadsTagsSorted)
{
    server.enqueue(
        QStringLiteral("/api/tags"),
        FakeResponse::ollamaTags({QStringLiteral("qwen2.5:7b"), QStringLiteral("llama3.2:latest"),
                                  QStringLiteral("all-minilm:latest")}));
    const auto [models, error] = listModels(config());
    EXPECT_FALSE(error.isError());
    EXPECT_EQ(models,
              (QStringList{QStringLiteral("all-minilm:latest"), QStringLiteral("llama3.2:latest"),
                           QStringLiteral("qwen2.5:7b")}));
    EXPECT_EQ(server.lastRequest().method, QByteArray("GET"));
    EXPECT_EQ(server.lastRequest().path, QStringLiteral("/api/tags"));

    server.enqueue(QStringLiteral("/api/tags"), FakeResponse::openAiModels({QStringLiteral("x")}));
    EXPECT_EQ(listModels(config()).second.kind, Kind::MalformedStream);

    ProviderConfig closed = config();
    closed.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
    EXPECT_EQ(listModels(closed).second.kind, Kind::Network);
}

TEST_F(OllamaClientTest, EmbeddingsComeBackInInputOrder)
{
    const QStringList inputs{QStringLiteral("lighthouse"), QStringLiteral("등대"),
                             QStringLiteral("灯台")};
    const auto [vectors, error] = embed(inputs);
    ASSERT_FALSE(error.isError()) << error.message().toStdString();
    ASSERT_EQ(vectors.size(), 3);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(vectors.at(i), FakeLlmServer::embeddingFor(inputs.at(i)));
    const FakeRequest request = server.lastRequest();
    EXPECT_EQ(request.path, QStringLiteral("/api/embed"));
    EXPECT_EQ(request.json().value(QStringLiteral("model")).toString(),
              QStringLiteral("test-embed"));
    EXPECT_EQ(request.json().value(QStringLiteral("input")).toArray().size(), 3);

    server.enqueue(QStringLiteral("/api/embed"),
                   FakeResponse::ollamaError(404, QStringLiteral("model \"test-embed\" not found, "
                                                                 "try pulling it first")));
    EXPECT_EQ(embed({QStringLiteral("x")}).second.kind, Kind::ModelNotFound);
    server.enqueue(QStringLiteral("/api/embed"), FakeResponse::json(200, R"({"embedding":[1]})"));
    EXPECT_EQ(embed({QStringLiteral("x")}).second.kind, Kind::MalformedStream);
}

TEST_F(OllamaClientTest, HealthCheckAcceptsTheLatestTag)
{
    server.setDefaultResponse(QStringLiteral("/api/tags"),
                              FakeResponse::ollamaTags({QStringLiteral("llama3.2:latest"),
                                                        QStringLiteral("all-minilm:latest")}));
    ProviderConfig c = config();
    c.model = QStringLiteral("llama3.2");
    const HealthReport report = checkHealth(c);
    EXPECT_TRUE(report.ok);
    EXPECT_TRUE(report.modelAvailable);

    c.model = QStringLiteral("llama3.2:latest");
    EXPECT_TRUE(checkHealth(c).ok);
}

TEST_F(OllamaClientTest, HealthCheckListsTheModelsWhenTheOneSetIsMissing)
{
    server.enqueue(QStringLiteral("/api/tags"),
                   FakeResponse::ollamaTags(
                       {QStringLiteral("qwen2.5:7b"), QStringLiteral("llama3.2:latest")}));
    ProviderConfig c = config();
    c.model = QStringLiteral("mistral");
    const HealthReport report = checkHealth(c);
    EXPECT_FALSE(report.ok);
    EXPECT_FALSE(report.error.isError());
    const QString message = report.message();
    EXPECT_TRUE(message.contains(QStringLiteral("mistral"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("llama3.2:latest, qwen2.5:7b")))
        << message.toStdString();
}

TEST_F(OllamaClientTest, HealthCheckWithoutAModelAsksNothing)
{
    ProviderConfig c = config();
    c.model.clear();
    EXPECT_EQ(checkHealth(c).error.kind, Kind::NotConfigured);
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST_F(OllamaClientTest, HealthCheckOfAStoppedServer)
{
    ProviderConfig c = config();
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
    const HealthReport report = checkHealth(c);
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.error.kind, Kind::Network);
    EXPECT_EQ(report.message(), report.error.message());
}

TEST_F(OllamaClientTest, OddModelListsAndEmbeddingsAreErrorsNotCrashes)
{
    for (const char* body : {R"({"embeddings":[[1,null]]})", R"({"embeddings":["1,2"]})",
                             R"({"embeddings":7})", R"({"embeddings":[[1e300]]})",
                             R"({"embeddings":[[[1]]]})", R"({"embeddings":[1e999]})"}) {
        server.enqueue(QStringLiteral("/api/embed"), FakeResponse::json(200, body));
        const auto [vectors, error] = embed({QStringLiteral("x")});
        EXPECT_EQ(error.kind, Kind::MalformedStream) << body;
        EXPECT_TRUE(vectors.isEmpty()) << body;
    }
    server.enqueue(QStringLiteral("/api/tags"),
                   FakeResponse::json(200, R"({"models":[null, {"name":5}, {"name":"ok"}]})"));
    EXPECT_EQ(listModels(config()).first, QStringList{QStringLiteral("ok")});
}

} // namespace
} // namespace st
