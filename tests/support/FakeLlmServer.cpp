#include "support/FakeLlmServer.h"

#include "support/FakeLlmConnection.h"
#include "support/FakeTokenizer.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <cmath>

namespace st {
namespace {

const QString kHello = QStringLiteral("Hello there.");
const QStringList kHelloDeltas{QStringLiteral("Hello"), QStringLiteral(" there.")};
const QStringList kModels{QStringLiteral("test-model"), QStringLiteral("test-embed")};

/// The texts of an embedding request's input (a string or an array of strings).
QStringList embeddingInputs(const FakeRequest& request)
{
    const QJsonValue input = request.json().value(QStringLiteral("input"));
    if (input.isArray()) {
        QStringList texts;
        for (const QJsonValue& item : input.toArray())
            texts.append(item.isString()
                             ? item.toString()
                             : QString::fromUtf8(
                                   QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact)));
        return texts;
    }
    return {input.toString()};
}

QVector<QVector<float>> embeddingsFor(const QStringList& texts)
{
    QVector<QVector<float>> vectors;
    for (const QString& text : texts)
        vectors.append(FakeLlmServer::embeddingFor(text));
    return vectors;
}

bool streams(const FakeRequest& request)
{
    return request.json().value(QStringLiteral("stream")).toBool(true);
}

} // namespace

FakeLlmServer::FakeLlmServer(QObject* parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeLlmServer::onNewConnection);
}

FakeLlmServer::~FakeLlmServer()
{
    close();
}

bool FakeLlmServer::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_clock.start();
    return true;
}

bool FakeLlmServer::isListening() const
{
    return m_server->isListening();
}

void FakeLlmServer::close()
{
    m_server->close();
    const QVector<FakeLlmConnection*> connections = m_connections;
    m_connections.clear();
    for (FakeLlmConnection* connection : connections) {
        connection->disconnect(this);
        connection->abort();
        connection->deleteLater();
    }
}

quint16 FakeLlmServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeLlmServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

QUrl FakeLlmServer::url(const QString& path) const
{
    QUrl url = baseUrl();
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    return url;
}

void FakeLlmServer::enqueue(const QString& path, const FakeResponse& response)
{
    m_queues[path].enqueue(response);
}

void FakeLlmServer::setDefaultResponse(const QString& path, const FakeResponse& response)
{
    m_defaults.insert(path, response);
}

void FakeLlmServer::clearResponses()
{
    m_queues.clear();
    m_defaults.clear();
}

int FakeLlmServer::queuedResponses(const QString& path) const
{
    return int(m_queues.value(path).size());
}

QVector<FakeRequest> FakeLlmServer::requests(const QString& path) const
{
    QVector<FakeRequest> matching;
    for (const FakeRequest& request : m_requests) {
        if (request.path == path)
            matching.append(request);
    }
    return matching;
}

FakeRequest FakeLlmServer::lastRequest() const
{
    return m_requests.isEmpty() ? FakeRequest() : m_requests.constLast();
}

void FakeLlmServer::clearRequests()
{
    m_requests.clear();
}

qint64 FakeLlmServer::promptTokensReceived() const
{
    qint64 total = 0;
    for (const FakeRequest& request : m_requests)
        total += request.promptTokens;
    return total;
}

int FakeLlmServer::estimateTokens(const QString& text)
{
    return FakeTokenizer::estimateTokens(text);
}

FakeResponse FakeLlmServer::builtInResponse(const FakeRequest& request)
{
    const QString& path = request.path;
    const int completionTokens = FakeTokenizer::estimateTokens(kHello);
    if (path == QLatin1String("/v1/chat/completions")) {
        return streams(request)
                   ? FakeResponse::openAiStream(kHelloDeltas, request.promptTokens,
                                                completionTokens)
                   : FakeResponse::openAiCompletion(kHello, request.promptTokens, completionTokens);
    }
    if (path == QLatin1String("/api/chat")) {
        return streams(request)
                   ? FakeResponse::ollamaStream(kHelloDeltas, request.promptTokens,
                                                completionTokens)
                   : FakeResponse::ollamaChat(kHello, request.promptTokens, completionTokens);
    }
    if (path == QLatin1String("/v1/models"))
        return FakeResponse::openAiModels(kModels);
    if (path == QLatin1String("/api/tags"))
        return FakeResponse::ollamaTags(kModels);
    if (path == QLatin1String("/v1/embeddings"))
        return FakeResponse::openAiEmbeddings(embeddingsFor(embeddingInputs(request)),
                                              request.promptTokens);
    if (path == QLatin1String("/api/embed"))
        return FakeResponse::ollamaEmbed(embeddingsFor(embeddingInputs(request)),
                                         request.promptTokens);
    return FakeResponse::notFound(request.method, path);
}

QVector<float> FakeLlmServer::embeddingFor(const QString& text)
{
    const QByteArray hash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1);
    QVector<float> vector;
    double norm = 0;
    for (int i = 0; i < 3; ++i) {
        // One byte per dimension, in [-1, 1], never all zero.
        const float value = (static_cast<unsigned char>(hash.at(i)) + 1) / 128.0f - 1.0f;
        vector.append(value);
        norm += double(value) * value;
    }
    norm = norm > 0 ? std::sqrt(norm) : 1.0;
    for (float& value : vector)
        value = float(value / norm);
    return vector;
}

void FakeLlmServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        auto* connection = new FakeLlmConnection(
            socket, [this](FakeRequest& request) { return respond(request); }, this);
        m_connections.append(connection);
        connect(connection, &FakeLlmConnection::closed, this, [this, connection] {
            m_connections.removeOne(connection);
            connection->deleteLater();
            Q_EMIT connectionClosed();
        });
    }
}

FakeResponse FakeLlmServer::respond(FakeRequest& request)
{
    request.receivedMs = m_clock.elapsed();
    request.promptTokens = FakeTokenizer::promptTokens(request.path, request.body);
    m_requests.append(request);

    FakeResponse response;
    auto queue = m_queues.find(request.path);
    if (queue != m_queues.end() && !queue->isEmpty())
        response = queue->dequeue();
    else if (m_defaults.contains(request.path))
        response = m_defaults.value(request.path);
    else
        response = builtInResponse(request);
    ++m_responseCount;
    if (response.header("x-request-id").isEmpty())
        response.setHeader(QByteArrayLiteral("x-request-id"),
                           "req_fake" + QByteArray::number(m_responseCount));
    Q_EMIT requestReceived(request.path);
    return response;
}

} // namespace st
