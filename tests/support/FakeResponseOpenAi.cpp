// FakeResponse: the OpenAI-compatible builders (OpenAI, Ollama's /v1, llama-server), byte
// for byte as in shared/protocols.md.
#include "support/FakeJson.h"
#include "support/FakeResponse.h"

namespace st {
namespace {

const QByteArray kEventStream = QByteArrayLiteral("text/event-stream");

/// Everything of a chunk before "choices".
QByteArray chunkHead()
{
    return QByteArrayLiteral(
        R"(data: {"id":"chatcmpl-fake0001","object":"chat.completion.chunk","created":1721631035,)"
        R"("model":"test-model","system_fingerprint":"fp_fake",)");
}

QByteArray contentChunk(const QByteArray& delta, const QByteArray& finishReason)
{
    return chunkHead() + R"("choices":[{"index":0,"delta":)" + delta +
           R"(,"logprobs":null,"finish_reason":)" + finishReason + R"(}],"usage":null})" + "\n\n";
}

QByteArray roleChunk()
{
    return contentChunk(QByteArrayLiteral(R"({"role":"assistant","content":""})"),
                        QByteArrayLiteral("null"));
}

QByteArray deltaChunk(const QString& text)
{
    return contentChunk(R"({"content":)" + FakeJson::string(text) + '}', QByteArrayLiteral("null"));
}

QByteArray usageObject(int promptTokens, int completionTokens)
{
    return R"({"prompt_tokens":)" + QByteArray::number(promptTokens) + R"(,"completion_tokens":)" +
           QByteArray::number(completionTokens) + R"(,"total_tokens":)" +
           QByteArray::number(promptTokens + completionTokens) + '}';
}

QByteArray errorObject(const QString& message, const QString& type, const QByteArray& param,
                       const QString& code)
{
    return R"({"error":{"message":)" + FakeJson::string(message) + R"(,"type":)" +
           FakeJson::string(type) + R"(,"param":)" + param + R"(,"code":)" +
           FakeJson::stringOrNull(code) + "}}";
}

QVector<QByteArray> openingChunks(const QStringList& deltas)
{
    QVector<QByteArray> pieces{roleChunk()};
    for (const QString& delta : deltas)
        pieces.append(deltaChunk(delta));
    return pieces;
}

QStringList words(int count)
{
    QStringList deltas;
    deltas.reserve(count);
    for (int i = 0; i < count; ++i)
        deltas.append(i == 0 ? QStringLiteral("word") : QStringLiteral(" word"));
    return deltas;
}

} // namespace

FakeResponse FakeResponse::openAiStream(const QStringList& deltas, int promptTokens,
                                        int completionTokens, bool includeUsage, bool done)
{
    QVector<QByteArray> pieces = openingChunks(deltas);
    pieces.append(contentChunk(QByteArrayLiteral("{}"), QByteArrayLiteral(R"("stop")")));
    if (includeUsage)
        pieces.append(chunkHead() + R"("choices":[],"usage":)" +
                      usageObject(promptTokens, completionTokens) + "}\n\n");
    if (done)
        pieces.append(QByteArrayLiteral("data: [DONE]\n\n"));
    return stream(kEventStream, pieces);
}

FakeResponse FakeResponse::longOpenAiStream(int tokens)
{
    return openAiStream(words(tokens), 12, tokens);
}

FakeResponse FakeResponse::openAiCompletion(const QString& content, int promptTokens,
                                            int completionTokens)
{
    return json(200, QByteArrayLiteral(R"({"id":"chatcmpl-fake0001","object":"chat.completion",)"
                                       R"("created":1721631035,"model":"test-model",)"
                                       R"("choices":[{"index":0,"message":{"role":"assistant",)"
                                       R"("content":)") +
                         FakeJson::string(content) +
                         R"(,"refusal":null},"logprobs":null,"finish_reason":"stop"}],"usage":)" +
                         usageObject(promptTokens, completionTokens) +
                         R"(,"system_fingerprint":"fp_fake"})");
}

FakeResponse FakeResponse::openAiMidStreamError(const QStringList& deltasBefore,
                                                const QString& message, const QString& code,
                                                ErrorForm form)
{
    QVector<QByteArray> pieces = openingChunks(deltasBefore);
    if (form == ErrorForm::DataError) {
        pieces.append(
            "data: " + errorObject(message, QStringLiteral("server_error"), "null", code) + "\n\n");
    } else {
        pieces.append(R"(error: {"code":500,"message":)" + FakeJson::string(message) +
                      R"(,"type":"server_error"})" + "\n\n");
        pieces.append(QByteArrayLiteral("data: [DONE]\n\n"));
    }
    return stream(kEventStream, pieces);
}

FakeResponse FakeResponse::openAiError(int status, const QString& type, const QString& code,
                                       const QString& message)
{
    return json(status, errorObject(message, type, "null", code));
}

FakeResponse FakeResponse::invalidApiKey()
{
    return openAiError(401, QStringLiteral("invalid_request_error"),
                       QStringLiteral("invalid_api_key"),
                       QStringLiteral("Incorrect API key provided: sk-fake. You can find your API "
                                      "key at https://platform.openai.com/account/api-keys."));
}

FakeResponse FakeResponse::modelNotFound(const QString& model)
{
    return openAiError(
        404, QStringLiteral("invalid_request_error"), QStringLiteral("model_not_found"),
        QStringLiteral("The model `%1` does not exist or you do not have access to it.")
            .arg(model));
}

FakeResponse FakeResponse::contextTooLong()
{
    return json(400, errorObject(QStringLiteral("This model's maximum context length is 4097 "
                                                "tokens. However, your messages resulted in 4294 "
                                                "tokens. Please reduce the length of the "
                                                "messages."),
                                 QStringLiteral("invalid_request_error"),
                                 QByteArrayLiteral(R"("messages")"),
                                 QStringLiteral("context_length_exceeded")));
}

FakeResponse FakeResponse::rateLimited(int retryAfterSeconds, int retryAfterMs)
{
    FakeResponse response = openAiError(
        429, QStringLiteral("tokens"), QStringLiteral("rate_limit_exceeded"),
        QStringLiteral("Rate limit reached for test-model in organization org-fake on tokens per "
                       "min (TPM): Limit 30000, Used 28039, Requested 3906. Please try again in "
                       "3.89s. Visit https://platform.openai.com/account/rate-limits to learn "
                       "more."));
    if (retryAfterSeconds >= 0)
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds));
    if (retryAfterMs >= 0)
        response.setHeader(QByteArrayLiteral("retry-after-ms"), QByteArray::number(retryAfterMs));
    response.setHeader(QByteArrayLiteral("x-ratelimit-limit-requests"), QByteArrayLiteral("60"));
    response.setHeader(QByteArrayLiteral("x-ratelimit-limit-tokens"), QByteArrayLiteral("30000"));
    response.setHeader(QByteArrayLiteral("x-ratelimit-remaining-requests"),
                       QByteArrayLiteral("59"));
    response.setHeader(QByteArrayLiteral("x-ratelimit-remaining-tokens"), QByteArrayLiteral("0"));
    response.setHeader(QByteArrayLiteral("x-ratelimit-reset-requests"), QByteArrayLiteral("1s"));
    response.setHeader(QByteArrayLiteral("x-ratelimit-reset-tokens"), QByteArrayLiteral("3.89s"));
    return response;
}

FakeResponse FakeResponse::insufficientQuota()
{
    return openAiError(429, QStringLiteral("insufficient_quota"),
                       QStringLiteral("insufficient_quota"),
                       QStringLiteral("You exceeded your current quota, please check your plan and "
                                      "billing details. For more information on this error, read "
                                      "the docs: "
                                      "https://platform.openai.com/docs/guides/error-codes/"
                                      "api-errors."));
}

FakeResponse FakeResponse::serverError(int status)
{
    const QString message =
        status == 503
            ? QStringLiteral("That model is currently overloaded with other requests. You can "
                             "retry your request, or contact us through our help center at "
                             "help.openai.com if the error persists.")
            : QStringLiteral(
                  "The server had an error while processing your request. Sorry about that!");
    return openAiError(status, QStringLiteral("server_error"), QString(), message);
}

FakeResponse FakeResponse::llamaCppContextError(int promptTokens, int contextSize)
{
    const QByteArray prompt = QByteArray::number(promptTokens);
    const QByteArray context = QByteArray::number(contextSize);
    return json(400, R"({"error":{"code":400,"message":"request ()" + prompt +
                         " tokens) exceeds the available context size (" + context +
                         R"( tokens), try increasing it","type":"exceed_context_size_error",)" +
                         R"("n_prompt_tokens":)" + prompt + R"(,"n_ctx":)" + context + "}}");
}

FakeResponse FakeResponse::openAiModels(const QStringList& ids)
{
    QByteArray body = QByteArrayLiteral(R"({"object":"list","data":[)");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            body += ',';
        body += R"({"id":)" + FakeJson::string(ids.at(i)) +
                R"(,"object":"model","created":1686935002,"owned_by":"organization-owner"})";
    }
    return json(200, body + "]}");
}

FakeResponse FakeResponse::openAiEmbeddings(const QVector<QVector<float>>& vectors,
                                            int promptTokens)
{
    QByteArray body = QByteArrayLiteral(R"({"object":"list","data":[)");
    for (qsizetype i = 0; i < vectors.size(); ++i) {
        if (i)
            body += ',';
        body += R"({"object":"embedding","embedding":)" + FakeJson::array(vectors.at(i)) +
                R"(,"index":)" + QByteArray::number(i) + '}';
    }
    const QByteArray tokens = QByteArray::number(promptTokens);
    return json(200, body + R"(],"model":"test-embed","usage":{"prompt_tokens":)" + tokens +
                         R"(,"total_tokens":)" + tokens + "}}");
}

} // namespace st
