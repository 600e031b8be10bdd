#pragma once

#include <QFont>
#include <QHash>
#include <QString>
#include <list>
#include <memory>

class QTextDocument;

namespace st {

/// The laid-out text of the messages shown lately, so painting a bubble and measuring it
/// don't lay its text out again, and a reply that grows as it streams is laid out only
/// where it grew (the new text is appended to its document, not set anew). Keeps the
/// kCapacity most recently used.
///
/// Markdown (a narrator's reply: MarkdownText) is read again whole, into a new document,
/// when its text changes: a piece may close a `**` opened lines before, so the formatting
/// of what was there can change. Only the message that changed is read again, once per
/// change (a 2,500-character reply read and laid out in about half a millisecond here);
/// the others keep their documents.
class MessageTextCache
{
public:
    static constexpr int kCapacity = 64;

    enum class Format
    {
        Plain,
        Markdown,
    };

    MessageTextCache();
    ~MessageTextCache();

    /// \a text in \a font laid out \a width wide, for message \a key, read as \a format.
    const QTextDocument& document(qint64 key, const QString& text, const QFont& font, int width,
                                  Format format = Format::Plain);
    void clear();
    int size() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        qint64 key = 0;
        QString text;
        QFont font;
        int width = 0;
        Format format = Format::Plain;
        std::unique_ptr<QTextDocument> doc;
    };
    using Entries = std::list<Entry>;

    /// Lays \a e's text out anew in its document.
    static void fill(Entry& e);

    Entries m_entries; // most recent first
    QHash<qint64, Entries::iterator> m_index;
};

} // namespace st
