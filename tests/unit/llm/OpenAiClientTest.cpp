// OpenAiClient against FakeLlmServer: the request on the wire, streamed text and usage,
// Korean and Japanese cut byte by byte, the model list, embeddings and the health check.
// The failures are in OpenAiClientFailureTest.cpp.
#include "core/llm/OpenAiClient.h"

#include "support/QtPrinters.h"
#include "unit/llm/ClientTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace st {
namespace {

using namespace clienttest;
using Kind = LlmError::Kind;

class OpenAiClientTest : public ClientFixture
{
protected:
    OpenAiClientTest() : ClientFixture(ProviderPreset::Api::OpenAi) {}
};

TEST_F(OpenAiClientTest, StreamsTheDeltasAndReadsTheUsage)
{
    const QStringList deltas{QStringLiteral("Once"), QStringLiteral(" upon"),
                             QStringLiteral(" a time.")};
    server.enqueue(chatPath(), FakeResponse::openAiStream(deltas, 14, 3));
    const StreamRun r = chat();
    ASSERT_TRUE(r.ended);
    EXPECT_EQ(r.finished, 1);
    EXPECT_EQ(r.failed, 0);
    EXPECT_EQ(r.error.kind, Kind::None);
    EXPECT_EQ(r.text, deltas.join(QString()));
    EXPECT_EQ(r.deltas, deltas);
    EXPECT_EQ(r.usage.promptTokens, 14);
    EXPECT_EQ(r.usage.completionTokens, 3);
    EXPECT_TRUE(r.retrying.isEmpty());
    EXPECT_EQ(server.requests(chatPath()).size(), 1);
}

TEST_F(OpenAiClientTest, RequestCarriesTheModelMessagesAndLimits)
{
    ASSERT_TRUE(chat().finished);
    const FakeRequest request = server.lastRequest();
    EXPECT_EQ(request.method, QByteArray("POST"));
    EXPECT_EQ(request.path, chatPath());
    EXPECT_EQ(request.header("authorization"), "Bearer " + kKey.toUtf8());
    EXPECT_TRUE(request.header("content-type").startsWith("application/json"));
    EXPECT_TRUE(request.header("accept").contains("text/event-stream"));

    const QJsonObject body = request.json();
    EXPECT_EQ(body.value(QStringLiteral("model")).toString(), QStringLiteral("test-model"));
    EXPECT_EQ(body.value(QStringLiteral("stream")), QJsonValue(true));
    EXPECT_EQ(body.value(QStringLiteral("stream_options"))
                  .toObject()
                  .value(QStringLiteral("include_usage")),
              QJsonValue(true));
    EXPECT_DOUBLE_EQ(body.value(QStringLiteral("temperature")).toDouble(), 0.5);
    EXPECT_EQ(body.value(QStringLiteral("max_tokens")).toInt(), 321);
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages.at(0).toObject().value(QStringLiteral("role")).toString(),
              QStringLiteral("system"));
    EXPECT_EQ(messages.at(1).toObject().value(QStringLiteral("role")).toString(),
              QStringLiteral("user"));
    EXPECT_EQ(messages.at(1).toObject().value(QStringLiteral("content")).toString(),
              QStringLiteral("Tell me a story"));
}

TEST_F(OpenAiClientTest, RequestValuesOverrideTheProvidersAndNoKeyMeansNoAuthorization)
{
    const auto c = client(config(QString()));
    ChatRequest request = userRequest(QStringLiteral("메리 셀레스트호"));
    request.temperature = 1.25;
    request.maxTokens = 77;
    const auto stream = c->chat(request);
    ASSERT_TRUE(run(*stream).finished);
    const FakeRequest received = server.lastRequest();
    EXPECT_FALSE(received.hasHeader("authorization"));
    const QJsonObject body = received.json();
    EXPECT_DOUBLE_EQ(body.value(QStringLiteral("temperature")).toDouble(), 1.25);
    EXPECT_EQ(body.value(QStringLiteral("max_tokens")).toInt(), 77);
    EXPECT_EQ(body.value(QStringLiteral("messages"))
                  .toArray()
                  .at(1)
                  .toObject()
                  .value(QStringLiteral("content"))
                  .toString(),
              QStringLiteral("메리 셀레스트호"));
}

TEST_F(OpenAiClientTest, KoreanAndJapaneseSurviveOneByteReads)
{
    expectKoreanAndJapaneseSurviveOneByteReads();
}

TEST_F(OpenAiClientTest, BaseUrlWithoutV1AndWithASlashReachTheSameEndpoint)
{
    ProviderConfig bare = config();
    bare.baseUrl = server.baseUrl();
    EXPECT_EQ(chat(bare).finished, 1);
    ProviderConfig slash = config();
    slash.baseUrl = server.url(QStringLiteral("/v1/"));
    EXPECT_EQ(chat(slash).finished, 1);
    ASSERT_EQ(server.requests(chatPath()).size(), 2);
}

TEST_F(OpenAiClientTest, ListModelsIsSorted)
{
    server.enqueue(QStringLiteral("/v1/models"),
                   FakeResponse::openAiModels(
                       {QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("mid")}));
    const auto [models, error] = listModels(config());
    EXPECT_FALSE(error.isError());
    EXPECT_EQ(models, (QStringList{QStringLiteral("alpha"), QStringLiteral("mid"),
                                   QStringLiteral("zeta")}));
    const FakeRequest request = server.lastRequest();
    EXPECT_EQ(request.method, QByteArray("GET"));
    EXPECT_EQ(request.path, QStringLiteral("/v1/models"));
    EXPECT_EQ(request.header("authorization"), "Bearer " + kKey.toUtf8());
}

TEST_F(OpenAiClientTest, ListModelsErrors)
{
    server.enqueue(QStringLiteral("/v1/models"), FakeResponse::invalidApiKey());
    EXPECT_EQ(listModels(config()).second.kind, Kind::Auth);

    server.enqueue(QStringLiteral("/v1/models"),
                   FakeResponse::json(200, "<html>not a model list</html>"));
    EXPECT_EQ(listModels(config()).second.kind, Kind::MalformedStream);

    ProviderConfig wrong = config();
    wrong.baseUrl = server.url(QStringLiteral("/wrong/v1"));
    EXPECT_EQ(listModels(wrong).second.kind, Kind::EndpointNotFound);

    ProviderConfig closed = config();
    closed.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort()));
    EXPECT_EQ(listModels(closed).second.kind, Kind::Network);
}

// The key goes only where the user sent it: a redirect to another origin (another port of
// the same host here) is refused, and that server never sees the Authorization header. A
// redirect within the same server is followed.
TEST_F(OpenAiClientTest, ARedirectToAnotherOriginDoesNotCarryTheKey)
{
    FakeLlmServer other;
    ASSERT_TRUE(other.listen());
    other.enqueue(QStringLiteral("/v1/models"),
                  FakeResponse::openAiModels({QStringLiteral("stolen")}));
    server.enqueue(QStringLiteral("/v1/models"),
                   FakeResponse::json(307, "{}").setHeader(
                       "Location", other.url(QStringLiteral("/v1/models")).toEncoded()));
    const auto [models, error] = listModels(config());
    EXPECT_TRUE(error.isError());
    EXPECT_TRUE(models.isEmpty());
    EXPECT_TRUE(other.requests().isEmpty());

    server.enqueue(QStringLiteral("/v1/models"),
                   FakeResponse::json(307, "{}").setHeader("Location", "/v1/models-moved"));
    server.enqueue(QStringLiteral("/v1/models-moved"),
                   FakeResponse::openAiModels({QStringLiteral("alpha")}));
    const auto [moved, movedError] = listModels(config());
    EXPECT_FALSE(movedError.isError());
    EXPECT_EQ(moved, QStringList{QStringLiteral("alpha")});
    EXPECT_EQ(server.lastRequest().header("authorization"), "Bearer " + kKey.toUtf8());
}

TEST_F(OpenAiClientTest, EmbeddingsComeBackInInputOrder)
{
    const QStringList inputs{QStringLiteral("lighthouse"), QStringLiteral("등대"),
                             QStringLiteral("灯台")};
    const auto [vectors, error] = embed(inputs);
    ASSERT_FALSE(error.isError()) << error.message().toStdString();
    ASSERT_EQ(vectors.size(), 3);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(vectors.at(i), FakeLlmServer::embeddingFor(inputs.at(i)));
    const QJsonObject body = server.lastRequest().json();
    EXPECT_EQ(server.lastRequest().path, QStringLiteral("/v1/embeddings"));
    EXPECT_EQ(body.value(QStringLiteral("model")).toString(), QStringLiteral("test-embed"));
    EXPECT_EQ(body.value(QStringLiteral("input")).toArray().size(), 3);
    EXPECT_EQ(body.value(QStringLiteral("encoding_format")).toString(), QStringLiteral("float"));

    // The server may list them in any order; "index" says where each goes.
    server.enqueue(QStringLiteral("/v1/embeddings"),
                   FakeResponse::json(200,
                                      R"({"object":"list","data":[)"
                                      R"({"object":"embedding","embedding":[0.5,0.25],"index":1},)"
                                      R"({"object":"embedding","embedding":[1.0,0.0],"index":0}],)"
                                      R"("model":"test-embed","usage":{"prompt_tokens":2,)"
                                      R"("total_tokens":2}})"));
    const auto [shuffled, shuffledError] = embed({QStringLiteral("a"), QStringLiteral("b")});
    ASSERT_FALSE(shuffledError.isError());
    ASSERT_EQ(shuffled.size(), 2);
    EXPECT_EQ(shuffled.at(0), (QVector<float>{1.0f, 0.0f}));
    EXPECT_EQ(shuffled.at(1), (QVector<float>{0.5f, 0.25f}));

    server.enqueue(QStringLiteral("/v1/embeddings"), FakeResponse::serverError(500));
    server.enqueue(QStringLiteral("/v1/embeddings"), FakeResponse::json(200, "{}"));
    EXPECT_EQ(embed({QStringLiteral("x")}).second.kind, Kind::Server);
    const auto [none, noneError] = embed({QStringLiteral("x")});
    EXPECT_EQ(noneError.kind, Kind::MalformedStream);
    EXPECT_TRUE(none.isEmpty());
}

// Answers of the right overall shape with the wrong things inside: an error to show, never
// an exception (which ended the app).
TEST_F(OpenAiClientTest, OddModelListsAndEmbeddingsAreErrorsNotCrashes)
{
    for (const char* body : {R"({"data":[{"embedding":[1,null],"index":0}]})",
                             R"({"data":[{"embedding":"1,2","index":0}]})",
                             R"({"data":[7, {"embedding":[1],"index":null}]})",
                             R"({"data":[{"embedding":[1e300,1],"index":0}]})",
                             R"({"data":[{"embedding":[1],"index":1e300}]})",
                             R"({"data":[{"embedding":[[1]],"index":0}]})", "1e999"}) {
        server.enqueue(QStringLiteral("/v1/embeddings"), FakeResponse::json(200, body));
        const auto [vectors, error] = embed({QStringLiteral("x")});
        EXPECT_EQ(error.kind, Kind::MalformedStream) << body;
        EXPECT_TRUE(vectors.isEmpty()) << body;
    }
    server.enqueue(QStringLiteral("/v1/models"),
                   FakeResponse::json(200, R"({"data":[null, 3, {"id":null}, {"id":"ok"}]})"));
    EXPECT_EQ(listModels(config()).first, QStringList{QStringLiteral("ok")});
    server.enqueue(QStringLiteral("/v1/models"), FakeResponse::json(200, R"({"data":[1e999]})"));
    EXPECT_EQ(listModels(config()).second.kind, Kind::MalformedStream);
}

// A model list (or embeddings) read whole is capped: past 16 MB the answer is dropped as it
// arrives and the user told what happened, rather than the memory filling up.
TEST_F(OpenAiClientTest, AnAnswerOverTheCapIsRefused)
{
    server.enqueue(QStringLiteral("/v1/models"),
                   FakeResponse::json(200, QByteArray(ModelClient::kMaxJsonBytes + 1024, ' ')));
    const auto [models, error] = listModels(config());
    EXPECT_EQ(error.kind, Kind::MalformedStream);
    EXPECT_TRUE(error.serverMessage.contains(QStringLiteral("16 MB")));
    server.enqueue(
        QStringLiteral("/v1/models"),
        FakeResponse::json(200, R"({"data":[{"id":"alpha"}]})" + QByteArray(1024 * 1024, ' ')));
    EXPECT_EQ(listModels(config()).first, QStringList{QStringLiteral("alpha")});
}

TEST_F(OpenAiClientTest, HealthCheckFindsTheModel)
{
    const HealthReport report = checkHealth(config());
    EXPECT_TRUE(report.ok);
    EXPECT_TRUE(report.modelAvailable);
    EXPECT_FALSE(report.error.isError());
    EXPECT_EQ(report.models,
              (QStringList{QStringLiteral("test-embed"), QStringLiteral("test-model")}));
    EXPECT_TRUE(report.message().contains(QStringLiteral("test-model")));
    EXPECT_TRUE(report.message().contains(server.url(QStringLiteral("/v1")).toString()));
}

TEST_F(OpenAiClientTest, HealthCheckListsTheModelsWhenTheOneSetIsMissing)
{
    ProviderConfig c = config();
    c.model = QStringLiteral("gpt-9");
    const HealthReport report = checkHealth(c);
    EXPECT_FALSE(report.ok);
    EXPECT_FALSE(report.modelAvailable);
    EXPECT_FALSE(report.error.isError());
    const QString message = report.message();
    EXPECT_TRUE(message.contains(QStringLiteral("gpt-9"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("test-embed, test-model")))
        << message.toStdString();
}

TEST_F(OpenAiClientTest, HealthCheckWithoutAConfigurationAsksNothing)
{
    ProviderConfig noModel = config();
    noModel.model.clear();
    const HealthReport report = checkHealth(noModel);
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.error.kind, Kind::NotConfigured);
    EXPECT_EQ(report.message(), report.error.message());

    ProviderConfig offline = config();
    offline.presetId = QStringLiteral("offline");
    EXPECT_EQ(checkHealth(offline).error.kind, Kind::NotConfigured);
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST_F(OpenAiClientTest, HealthCheckReportsARefusedKey)
{
    server.enqueue(QStringLiteral("/v1/models"), FakeResponse::invalidApiKey());
    const HealthReport report = checkHealth(config());
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.error.kind, Kind::Auth);
    EXPECT_EQ(report.message(), report.error.message());
}

} // namespace
} // namespace st
