#include "app/cli/CliExportAudio.h"

#include "app/cli/CliExit.h"
#include "app/cli/CliSessionLookup.h"
#include "core/store/Database.h"
#include "core/tts/AudioFormat.h"
#include "core/tts/EspeakTts.h"
#include "core/tts/SessionAudioExporter.h"
#include "core/tts/TtsProvider.h"
#include "core/tts/VoiceSettings.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

namespace st {

CliExportAudio::CliExportAudio(Database& database, Settings& settings, SecretStore& secrets,
                               QTextStream& out, QTextStream& err)
    : m_database(database), m_settings(settings), m_secrets(secrets), m_out(out), m_err(err)
{}

int CliExportAudio::run(const QStringList& args, const QString& output, const QString& format)
{
    if (args.size() != 1 || args.first().isEmpty())
        return cli::Usage;
    std::optional<AudioFormat> audioFormat =
        format.isEmpty() ? audio_format::fromPath(output).value_or(AudioFormat::Wav)
                         : audio_format::fromName(format);
    if (!audioFormat) {
        m_err << QCoreApplication::translate("cli", "storyteller-cli: unknown audio format %1; "
                                                    "use wav, mp3 or opus.")
                     .arg(format)
              << '\n';
        return cli::Usage;
    }
    const auto session = CliSessionLookup::find(m_database, args.first(), m_err);
    if (!session)
        return cli::NotFound;

    const VoiceConfig config = VoiceSettings(m_settings, m_secrets).load();
    QNetworkAccessManager network;
    const std::unique_ptr<TtsProvider> voice = VoiceSettings::makeProvider(config, network);
    EspeakTts local;
    SessionAudioExporter exporter(m_database.connection());
    exporter.setProvider(voice.get());
    if (!config.isLocal())
        exporter.setFallback(&local);
    exporter.setVoice(config);
    exporter.setFormat(*audioFormat);

    QEventLoop loop;
    int exit = cli::Ok;
    QObject::connect(&exporter, &SessionAudioExporter::finished, &loop,
                     [&](const QString& wav, const QString& markdown) {
                         m_out << wav << '\n' << markdown << '\n';
                         loop.quit();
                     });
    QObject::connect(&exporter, &SessionAudioExporter::failed, &loop, [&](const QString& message) {
        m_err << "storyteller-cli: " << message << '\n';
        exit = cli::ExportFailed;
        loop.quit();
    });
    QObject::connect(&exporter, &SessionAudioExporter::fellBack, &loop,
                     [this](const TtsError& error) {
                         m_err << QCoreApplication::translate(
                                      "cli", "storyteller-cli: %1 espeak-ng speaks the rest.")
                                      .arg(error.message())
                               << '\n';
                         m_err.flush();
                     });
    exporter.start(session->id, output);
    loop.exec();
    return exit;
}

} // namespace st
