#pragma once

#include "core/narration/ListenerTurn.h"

#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVector>
#include <utility>

namespace st {

/// The word lists the listener's turn is told by (resources/narrator/listener.json), per
/// language (en, ko, ja, es), folded as the messages are (fold()) and longest first.
class ListenerWords
{
public:
    struct Language
    {
        QString code;
        bool spaced = true; // words between spaces (en, es, ko); ja is read as characters
        QHash<int, QStringList> commands;         // ListenerTurn::Kind → phrases
        QVector<QRegularExpression> backPatterns; // group 1: a chapter number
        QVector<std::pair<QString, int>> numbers; // number words → their value
        QStringList backVerbs;
        QStringList filler;
        QStringList interrogatives;
        QStringList auxiliaries;
        QStringList questionEndings;
        QStringList questionStarts;
        QStringList guesses;
        QStringList stopwords;
        QStringList indefinite;
        QStringList exclamations; // "what a …": not a question without a question mark
        QStringList requests;     // "can you", "주세요": a command even with a guess word

        const QStringList& phrases(ListenerTurn::Kind kind) const;
    };

    explicit ListenerWords(const QString& path = QStringLiteral(":/narrator/listener.json"));

    bool isLoaded() const { return !m_languages.isEmpty(); }
    /// The lists of \a code, or nullptr when there are none.
    const Language* language(const QString& code) const;

    /// The form messages and phrases are compared in: lower case, accents and full-width
    /// forms folded, curly apostrophes straight, white space simplified.
    static QString fold(const QString& text);

private:
    QHash<QString, Language> m_languages;
};

} // namespace st
