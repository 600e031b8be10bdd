// FakeResponse: the Ollama native builders (/api/chat, /api/tags, /api/embed), byte for
// byte as in shared/protocols.md. Strings are escaped as Go's encoding/json does.
#include "support/FakeJson.h"
#include "support/FakeResponse.h"

namespace st {
namespace {

const QByteArray kNdJson = QByteArrayLiteral("application/x-ndjson");

QByteArray goString(const QString& text)
{
    return FakeJson::string(text, FakeJson::Style::Go);
}

QByteArray head()
{
    return QByteArrayLiteral(
        R"({"model":"test-model","created_at":"2024-07-22T06:50:35.123456789Z",)");
}

QByteArray message(const QString& content)
{
    return R"("message":{"role":"assistant","content":)" + goString(content) + R"(,"images":null})";
}

QByteArray deltaLine(const QString& content)
{
    return head() + message(content) + R"(,"done":false})" + '\n';
}

/// The final object, without its newline.
QByteArray doneObject(const QString& content, int promptEvalCount, int evalCount)
{
    const qint64 load = 1019500;
    const qint64 promptDuration = 1000000LL * promptEvalCount;
    const qint64 evalDuration = 20000000LL * evalCount;
    return head() + message(content) + R"(,"done_reason":"stop","done":true,"total_duration":)" +
           QByteArray::number(load + promptDuration + evalDuration + 1000000) +
           R"(,"load_duration":)" + QByteArray::number(load) + R"(,"prompt_eval_count":)" +
           QByteArray::number(promptEvalCount) + R"(,"prompt_eval_duration":)" +
           QByteArray::number(promptDuration) + R"(,"eval_count":)" +
           QByteArray::number(evalCount) + R"(,"eval_duration":)" +
           QByteArray::number(evalDuration) + '}';
}

} // namespace

FakeResponse FakeResponse::ollamaStream(const QStringList& deltas, int promptEvalCount,
                                        int evalCount)
{
    QVector<QByteArray> pieces;
    for (const QString& delta : deltas)
        pieces.append(deltaLine(delta));
    pieces.append(doneObject(QString(), promptEvalCount, evalCount) + '\n');
    return stream(kNdJson, pieces);
}

FakeResponse FakeResponse::longOllamaStream(int tokens)
{
    QStringList deltas;
    deltas.reserve(tokens);
    for (int i = 0; i < tokens; ++i)
        deltas.append(i == 0 ? QStringLiteral("word") : QStringLiteral(" word"));
    return ollamaStream(deltas, 12, tokens);
}

FakeResponse FakeResponse::ollamaChat(const QString& content, int promptEvalCount, int evalCount)
{
    FakeResponse response = json(200, doneObject(content, promptEvalCount, evalCount));
    response.setHeader(QByteArrayLiteral("Content-Type"),
                       QByteArrayLiteral("application/json; charset=utf-8"));
    return response;
}

FakeResponse FakeResponse::ollamaMidStreamError(const QStringList& deltasBefore,
                                                const QString& message)
{
    QVector<QByteArray> pieces;
    for (const QString& delta : deltasBefore)
        pieces.append(deltaLine(delta));
    pieces.append(R"({"error":)" + goString(message) + "}\n");
    return stream(kNdJson, pieces);
}

FakeResponse FakeResponse::ollamaError(int status, const QString& message)
{
    FakeResponse response = json(status, R"({"error":)" + goString(message) + '}');
    response.setHeader(QByteArrayLiteral("Content-Type"),
                       QByteArrayLiteral("application/json; charset=utf-8"));
    return response;
}

FakeResponse FakeResponse::ollamaTags(const QStringList& names)
{
    QByteArray body = QByteArrayLiteral(R"({"models":[)");
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i)
            body += ',';
        const QByteArray name = goString(names.at(i));
        body += R"({"name":)" + name + R"(,"model":)" + name +
                R"(,"modified_at":"2024-07-22T06:50:35.123456789Z","size":2019393189,)"
                R"("digest":"a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72",)"
                R"("details":{"parent_model":"","format":"gguf","family":"llama",)"
                R"("families":["llama"],"parameter_size":"3.2B","quantization_level":"Q4_K_M"}})";
    }
    FakeResponse response = json(200, body + "]}");
    response.setHeader(QByteArrayLiteral("Content-Type"),
                       QByteArrayLiteral("application/json; charset=utf-8"));
    return response;
}

FakeResponse FakeResponse::ollamaEmbed(const QVector<QVector<float>>& vectors, int promptEvalCount)
{
    QByteArray body = QByteArrayLiteral(R"({"model":"test-embed","embeddings":[)");
    for (qsizetype i = 0; i < vectors.size(); ++i) {
        if (i)
            body += ',';
        body += FakeJson::array(vectors.at(i));
    }
    FakeResponse response =
        json(200, body + R"(],"total_duration":14143917,"load_duration":1019500,)" +
                      R"("prompt_eval_count":)" + QByteArray::number(promptEvalCount) + '}');
    response.setHeader(QByteArrayLiteral("Content-Type"),
                       QByteArrayLiteral("application/json; charset=utf-8"));
    return response;
}

} // namespace st
