#include "ui/MessageTextCache.h"

#include "ui/MarkdownText.h"

#include <QTextCursor>
#include <QTextDocument>

namespace st {

MessageTextCache::MessageTextCache() = default;
MessageTextCache::~MessageTextCache() = default;

void MessageTextCache::clear()
{
    m_index.clear();
    m_entries.clear();
}

void MessageTextCache::fill(Entry& e)
{
    if (e.format == Format::Markdown || !e.doc) {
        // Markdown is read into a new document: read into one already laid out, every block
        // it inserts is laid out as it goes (a reply growing to 2,500 characters by 20 at a
        // time: 2.0 ms a piece against 0.4 ms here, reading and laying out).
        e.doc = std::make_unique<QTextDocument>();
        e.doc->setUndoRedoEnabled(false);
        e.doc->setDocumentMargin(0);
    }
    e.doc->setDefaultFont(e.font);
    e.doc->setTextWidth(e.width);
    if (e.format == Format::Markdown)
        MarkdownText::setMarkdown(*e.doc, e.text);
    else
        e.doc->setPlainText(e.text);
}

const QTextDocument& MessageTextCache::document(qint64 key, const QString& text, const QFont& font,
                                                int width, Format format)
{
    auto found = m_index.find(key);
    if (found != m_index.end()) {
        m_entries.splice(m_entries.begin(), m_entries, *found); // now the most recent
        Entry& e = m_entries.front();
        if (e.font == font && e.width == width && e.format == format) {
            if (e.text == text)
                return *e.doc;
            if (format == Format::Plain && !e.text.isEmpty() && text.startsWith(e.text)) {
                // A streaming reply grew: only its last paragraph is laid out again.
                QTextCursor end(e.doc.get());
                end.movePosition(QTextCursor::End);
                end.insertText(text.mid(e.text.size()));
                e.text = text;
                return *e.doc;
            }
        }
        e.text = text;
        e.font = font;
        e.width = width;
        e.format = format;
        fill(e);
        return *e.doc;
    }
    if (int(m_entries.size()) >= kCapacity) {
        m_index.remove(m_entries.back().key);
        m_entries.pop_back();
    }
    Entry e;
    e.key = key;
    e.text = text;
    e.font = font;
    e.width = width;
    e.format = format;
    fill(e);
    m_entries.push_front(std::move(e));
    m_index.insert(key, m_entries.begin());
    return *m_entries.front().doc;
}

} // namespace st
