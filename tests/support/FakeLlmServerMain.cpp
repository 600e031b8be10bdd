// storyteller-fake-llm: FakeLlmServer as a process of its own, for benchmarks and for tests
// that kill or time another process. Runs until killed.
//
//   storyteller-fake-llm --port 0 --tokens 200 --ms-per-token 5
//   → prints "listening on http://127.0.0.1:PORT" and serves; every chat request gets
//     200 words ("word", " word", …) as an OpenAI stream on /v1/chat/completions and as
//     Ollama NDJSON on /api/chat, a piece every 5 ms (also when a request asks for
//     "stream":false). Every other path answers as FakeLlmServer does by default.
#include "support/FakeLlmServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("storyteller-fake-llm"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A fake OpenAI-compatible and Ollama server on 127.0.0.1, for tests."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (0: any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption tokensOption(
        QStringLiteral("tokens"),
        QStringLiteral("Answer every chat request with N one-word deltas (0: the built-in "
                       "\"Hello there.\")."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption msOption(QStringLiteral("ms-per-token"),
                                      QStringLiteral("Delay between the pieces of a stream."),
                                      QStringLiteral("M"), QStringLiteral("0"));
    parser.addOptions({portOption, tokensOption, msOption});
    parser.process(app);

    bool portOk = false;
    bool tokensOk = false;
    bool msOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    const int tokens = parser.value(tokensOption).toInt(&tokensOk);
    const int msPerToken = parser.value(msOption).toInt(&msOk);
    if (!portOk || port > 65535 || !tokensOk || tokens < 0 || !msOk || msPerToken < 0) {
        std::fprintf(stderr, "storyteller-fake-llm: bad option value\n");
        return 2;
    }

    st::FakeLlmServer server;
    if (tokens > 0) {
        server.setDefaultResponse(QStringLiteral("/v1/chat/completions"),
                                  st::FakeResponse::longOpenAiStream(tokens).slow(msPerToken));
        server.setDefaultResponse(QStringLiteral("/api/chat"),
                                  st::FakeResponse::longOllamaStream(tokens).slow(msPerToken));
    } else if (msPerToken > 0) {
        const QStringList hello{QStringLiteral("Hello"), QStringLiteral(" there.")};
        server.setDefaultResponse(QStringLiteral("/v1/chat/completions"),
                                  st::FakeResponse::openAiStream(hello, 12, 4).slow(msPerToken));
        server.setDefaultResponse(QStringLiteral("/api/chat"),
                                  st::FakeResponse::ollamaStream(hello, 12, 4).slow(msPerToken));
    }
    if (!server.listen(quint16(port))) {
        std::fprintf(stderr, "storyteller-fake-llm: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    std::printf("listening on %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
