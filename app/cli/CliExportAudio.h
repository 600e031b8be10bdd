#pragma once

#include <QStringList>
#include <QTextStream>

namespace st {

class Database;
class SecretStore;
class Settings;

/// `storyteller-cli session export-audio SESSION [--output PATH] [--format wav|mp3|opus]`:
/// the session's narration as one audio file with its chapters and its transcript as
/// Markdown (SessionAudioExporter): PATH.wav with PATH.cue, PATH.mp3 or PATH.opus, and
/// PATH.md (default: the session's name made safe for a file name, in the current folder).
/// Without --format, the format is the one PATH's extension names, else WAV. SESSION
/// is a session id or its exact name (CliSessionLookup). Sentences never narrated are
/// spoken by the configured voice (VoiceSettings), espeak-ng when it fails, and kept in the
/// speech cache.
///
/// Prints the two paths, one a line. Exit 0; 1 no such session; 9 (cli::ExportFailed) the
/// export failed (nothing to read aloud, a voice or decoding error, an encoder missing or
/// failing, a write error); 64 for a wrong command line (an unknown format too).
class CliExportAudio
{
public:
    CliExportAudio(Database& database, Settings& settings, SecretStore& secrets, QTextStream& out,
                   QTextStream& err);

    /// \a args: what follows "export-audio"; \a output: --output, \a format: --format (empty
    /// when not given).
    int run(const QStringList& args, const QString& output, const QString& format = {});

private:
    Database& m_database;
    Settings& m_settings;
    SecretStore& m_secrets;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace st
