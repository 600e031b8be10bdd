#pragma once

#include <QString>
#include <QVector>
#include <memory>

namespace st {

/// A word MeCab found in Japanese text.
struct MecabWord
{
    QString surface;       // as written
    QString pronunciation; // in katakana, as said (は → ワ, long vowels with ー); empty
                           // when the dictionary does not know the word
    QString partOfSpeech;  // 名詞, 助詞, 記号…
    bool spaceBefore = false;
};

/// MeCab (libmecab) with the NAIST Japanese dictionary, linked as a library: one tagger,
/// opened once, used for every sentence. Not thread-safe: one per thread.
class MecabTagger
{
public:
    ~MecabTagger();
    MecabTagger(const MecabTagger&) = delete;
    MecabTagger& operator=(const MecabTagger&) = delete;

    /// The folder of the NAIST dictionary from Debian's mecab-naist-jdic, or MeCab's own
    /// default (/etc/mecabrc) when that is not there.
    static QString defaultDictionary();
    /// Opens MeCab with the dictionary in \a dictionaryDir (empty: defaultDictionary()).
    /// nullptr when it cannot: \a error then says why and what to install.
    static std::unique_ptr<MecabTagger> open(const QString& dictionaryDir, QString* error);

    /// The words of \a text in order (whitespace is not a word: spaceBefore marks it).
    QVector<MecabWord> words(const QString& text);

private:
    struct Handle;
    explicit MecabTagger(std::unique_ptr<Handle> handle);
    std::unique_ptr<Handle> m_handle;
};

} // namespace st
