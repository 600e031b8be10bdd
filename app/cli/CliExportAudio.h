#pragma once

#include <QStringList>
#include <QTextStream>

namespace st {

class Database;
class SecretStore;
class Settings;

/// `storyteller-cli session export-audio SESSION [--output PATH]`: the session's narration
/// as one WAV and its transcript as Markdown (SessionAudioExporter), PATH.wav and PATH.md
/// (default: the session's name made safe for a file name, in the current folder). SESSION
/// is a session id or its exact name (CliSessionLookup). Sentences never narrated are
/// spoken by the configured voice (VoiceSettings), espeak-ng when it fails, and kept in the
/// speech cache.
///
/// Prints the two paths, one a line. Exit 0; 1 no such session; 9 (cli::ExportFailed) the
/// export failed (nothing to read aloud, a voice or decoding error, a write error); 64 for
/// a wrong command line.
class CliExportAudio
{
public:
    CliExportAudio(Database& database, Settings& settings, SecretStore& secrets, QTextStream& out,
                   QTextStream& err);

    /// \a args: what follows "export-audio"; \a output: --output (empty when not given).
    int run(const QStringList& args, const QString& output);

private:
    Database& m_database;
    Settings& m_settings;
    SecretStore& m_secrets;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace st
