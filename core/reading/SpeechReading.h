#pragma once

#include <QString>
#include <memory>

namespace st {

class MecabTagger;

/// The step between SpeechText and the local voice: text as espeak-ng can say it in the
/// story's language. Japanese goes to its pronunciation in katakana (JapaneseReading, with
/// MeCab opened on the first Japanese sentence and kept), with its numbers read first;
/// Korean and Spanish get their numbers, dates and units written out (KoreanNumbers,
/// SpanishNumbers); English is left as it is. Without MeCab's dictionary Japanese keeps
/// its kanji (only the numbers are read) and japaneseError() says what to install.
class SpeechReading
{
public:
    /// \a dictionaryDir: MeCab's dictionary (empty: MecabTagger::defaultDictionary()).
    explicit SpeechReading(const QString& dictionaryDir = {});
    ~SpeechReading();
    SpeechReading(const SpeechReading&) = delete;
    SpeechReading& operator=(const SpeechReading&) = delete;

    /// What the voice is given for \a speech (text already through SpeechText) in
    /// \a language ("ja", "ko", "es", "en"…).
    QString read(const QString& speech, const QString& language);

    /// Names these reading rules and whether Japanese is read with the dictionary: part of
    /// the local voice's cache tag, so that clips made from another reading are not reused.
    QString tag();
    /// Why Japanese is read without the dictionary; empty when it is in use.
    QString japaneseError();

    /// Bumped whenever a rule changes what is read.
    static constexpr int kVersion = 1;

private:
    MecabTagger* tagger();

    QString m_dictionaryDir;
    std::unique_ptr<MecabTagger> m_tagger;
    bool m_opened = false;
    QString m_error;
};

} // namespace st
