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
class MessageTextCache
{
public:
    static constexpr int kCapacity = 64;

    MessageTextCache();
    ~MessageTextCache();

    /// \a text in \a font laid out \a width wide, for message \a key.
    const QTextDocument& document(qint64 key, const QString& text, const QFont& font, int width);
    void clear();
    int size() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        qint64 key = 0;
        QString text;
        QFont font;
        int width = 0;
        std::unique_ptr<QTextDocument> doc;
    };
    using Entries = std::list<Entry>;

    Entries m_entries; // most recent first
    QHash<qint64, Entries::iterator> m_index;
};

} // namespace st
