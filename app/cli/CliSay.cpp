#include "app/cli/CliSay.h"

#include "app/cli/CliExit.h"
#include "core/settings/Settings.h"
#include "core/text/LanguageDetector.h"
#include "core/text/Languages.h"
#include "core/tts/EspeakTts.h"
#include "core/tts/MediaAudioPlayer.h"
#include "core/tts/NarrationQueue.h"
#include "core/tts/SpeechFile.h"
#include "core/tts/SpokenSentences.h"
#include "core/tts/TtsProvider.h"
#include "core/tts/VoiceSettings.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

namespace st {

CliSay::CliSay(Settings& settings, SecretStore& secrets, QTextStream& in, QTextStream& out,
               QTextStream& err)
    : m_settings(settings), m_secrets(secrets), m_in(in), m_out(out), m_err(err)
{}

int CliSay::run(const QStringList& words, const QString& language, const QString& output, bool show)
{
    if (words.isEmpty())
        return cli::Usage;
    const QString text =
        words == QStringList{QStringLiteral("-")} ? m_in.readAll() : words.join(u' ');
    QString lang = language.isEmpty() ? LanguageDetector::detect(text) : language;
    if (lang.isEmpty()) // too little text to tell
        lang = m_settings.storyLanguage();
    if (!Languages::codes().contains(lang)) {
        m_err << QCoreApplication::translate(
                     "cli", "storyteller-cli: unknown language %1; use en, ko, ja or es.")
                     .arg(lang)
              << '\n';
        return cli::Usage;
    }
    const VoiceConfig config = VoiceSettings(m_settings, m_secrets).load();
    QNetworkAccessManager network;
    const std::unique_ptr<TtsProvider> voice = VoiceSettings::makeProvider(config, network);
    TtsRequest request;
    request.language = lang;
    request.voice = config.voiceFor(lang);
    request.speed = config.speed;

    const QVector<SpokenSentence> sentences = SpokenSentences::of(text, EspeakTts::kMaxInputChars);
    if (sentences.isEmpty()) {
        m_err << QCoreApplication::translate(
                     "cli", "storyteller-cli: there is nothing to say in this text.")
              << '\n';
        return cli::NotFound;
    }
    if (show) {
        for (const SpokenSentence& sentence : sentences) {
            request.text = sentence.speech;
            m_out << voice->engineText(request) << '\n';
        }
        return cli::Ok;
    }
    if (output.isEmpty())
        return play(text, request, *voice, config.isLocal());

    SpeechFile file(*voice);
    QEventLoop loop;
    int exit = cli::Ok;
    QObject::connect(&file, &SpeechFile::finished, &loop, [&](const QString& path) {
        m_out << path << '\n';
        loop.quit();
    });
    QObject::connect(&file, &SpeechFile::failed, &loop, [&](const QString& message) {
        m_err << "storyteller-cli: " << message << '\n';
        exit = cli::ExportFailed;
        loop.quit();
    });
    file.start(text, request, output);
    loop.exec();
    return exit;
}

int CliSay::play(const QString& text, const TtsRequest& request, TtsProvider& voice, bool local)
{
    EspeakTts fallback;
    MediaAudioPlayer player;
    NarrationQueue queue(player);
    queue.setProvider(&voice);
    if (!local)
        queue.setFallback(&fallback);
    QEventLoop loop;
    int exit = cli::Ok;
    QObject::connect(&queue, &NarrationQueue::messageFinished, &loop, &QEventLoop::quit);
    QObject::connect(&queue, &NarrationQueue::failed, &loop, [&](const TtsError& error) {
        m_err << "storyteller-cli: " << error.message() << '\n';
        exit = cli::ExportFailed;
        loop.quit();
    });
    NarrationQueue::Voice v;
    v.language = request.language;
    v.voice = request.voice;
    v.speed = request.speed;
    queue.speak(0, text, v);
    loop.exec();
    return exit;
}

} // namespace st
