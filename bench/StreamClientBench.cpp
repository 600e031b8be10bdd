// The client's CPU time per 1,000 streamed tokens against the fake server (running in a
// process of its own), next to the floor: the CPU time to read the same bytes over HTTP
// with no parsing at all. Prints both and the ratio; best of several rounds.
//   stream_client_bench [TOKENS]
#include "core/llm/ModelClient.h"
#include "core/llm/ProviderConfig.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <cstdio>
#include <ctime>

namespace {

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int tokens = argc > 1 ? std::max(100, std::atoi(argv[1])) : 20000;
    QProcess server;
    server.start(QStringLiteral(STORYTELLER_FAKE_LLM),
                 {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tokens"),
                  QString::number(tokens)});
    if (!server.waitForReadyRead(10000)) {
        std::fprintf(stderr, "the fake server did not start\n");
        return 1;
    }
    const QString line = QString::fromUtf8(server.readLine()).trimmed();
    const QUrl base(line.section(u' ', -1));

    st::ProviderConfig config;
    config.presetId = QStringLiteral("custom");
    config.baseUrl = QUrl(base.toString() + QStringLiteral("/v1"));
    config.model = QStringLiteral("test-model");
    QNetworkAccessManager network;
    const auto client = st::ModelClient::create(config, network);
    st::ChatRequest request;
    request.messages.append({QStringLiteral("user"), QStringLiteral("Tell me a long story.")});

    double bestClient = 1e18;
    double bestFloor = 1e18;
    qint64 bytes = 0;
    int pieces = 0;
    for (int round = 0; round < 5; ++round) {
        // The client: SSE parsing, JSON decoding, text assembly.
        QEventLoop loop;
        auto stream = client->chat(request);
        int count = 0;
        QObject::connect(stream.get(), &st::ReplyStream::delta, [&count] { ++count; });
        QObject::connect(stream.get(), &st::ReplyStream::finished, &loop, &QEventLoop::quit);
        QObject::connect(stream.get(), &st::ReplyStream::failed, &loop, &QEventLoop::quit);
        double start = cpuMs();
        stream->start();
        loop.exec();
        bestClient = std::min(bestClient, cpuMs() - start);
        pieces = count;

        // The floor: the same request, the bytes read and thrown away.
        QNetworkRequest raw(config.endpoint(QStringLiteral("/chat/completions")));
        raw.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        start = cpuMs();
        QNetworkReply* reply =
            network.post(raw, QByteArrayLiteral("{\"model\":\"test-model\","
                                                "\"stream\":true,\"messages\":[]}"));
        qint64 read = 0;
        QObject::connect(reply, &QNetworkReply::readyRead,
                         [&] { read += reply->readAll().size(); });
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        read += reply->readAll().size();
        bestFloor = std::min(bestFloor, cpuMs() - start);
        bytes = read;
        reply->deleteLater();
    }
    server.kill();
    server.waitForFinished();

    const double perThousand = bestClient * 1000.0 / tokens;
    const double floorPerThousand = bestFloor * 1000.0 / tokens;
    std::printf("streamed: %d tokens (%d pieces), %lld bytes per reply\n", tokens, pieces,
                static_cast<long long>(bytes));
    std::printf("client (SSE + JSON + text): %.3f ms CPU per 1,000 tokens\n", perThousand);
    std::printf("floor (read bytes only):    %.3f ms CPU per 1,000 tokens\n", floorPerThousand);
    std::printf("ratio client/floor: %.2f\n", perThousand / floorPerThousand);
    return pieces == tokens ? 0 : 2;
}
