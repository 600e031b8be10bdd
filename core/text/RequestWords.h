#pragma once

#include <QString>
#include <QStringList>

namespace st {

/// The words the flow listens for, recognized in all four languages whatever the UI
/// language: "exit" to end a story, "anything" for a random one, and the filler words of
/// a request ("tell me the story of …") that carry no meaning for search.
class RequestWords
{
public:
    static bool isExit(const QString& message);
    static bool isAnything(const QString& request);
    /// The exit word to show in \a language ("exit", "종료", "おわり", "salir").
    static QString exitWord(const QString& language);
    /// \a request without filler words and phrases, for search.
    static QString stripFiller(const QString& request);

private:
    static QString normalized(const QString& text);
};

} // namespace st
