#pragma once

#include <QStringList>
#include <QTextStream>

namespace st {

class SecretStore;
class Settings;
class TtsProvider;
struct TtsRequest;

/// `storyteller-cli say TEXT… [--language xx] [--output FILE.wav] [--show]`: TEXT (the
/// words joined by spaces; "-" reads it from stdin) spoken by the configured voice
/// (VoiceSettings), sentence by sentence as narration reads it.
///
/// - `--show` prints, one sentence a line, exactly what the voice engine is given: the
///   text after SpeechText (Markdown, emoji, links removed) and the engine's reading
///   (for the local voice: Japanese in katakana, numbers written out; SSML when it has
///   Latin words to say in English). Nothing is spoken.
/// - `--output FILE.wav` writes the speech to a WAV file (SpeechFile) and prints its path.
/// - Otherwise it plays the speech on the default sound output and returns when done.
///
/// The language is --language, or the one the text is written in (LanguageDetector).
/// Exit 0; 1 nothing to say; 9 the voice, the sound output or the file failed; 64 usage.
class CliSay
{
public:
    CliSay(Settings& settings, SecretStore& secrets, QTextStream& in, QTextStream& out,
           QTextStream& err);

    int run(const QStringList& words, const QString& language, const QString& output, bool show);

private:
    /// Plays \a text with \a voice (espeak-ng when a cloud voice fails) until it ends.
    int play(const QString& text, const TtsRequest& request, TtsProvider& voice, bool local);

    Settings& m_settings;
    SecretStore& m_secrets;
    QTextStream& m_in;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace st
