#include "ui/MessageTextCache.h"

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

const QTextDocument& MessageTextCache::document(qint64 key, const QString& text, const QFont& font,
                                                int width)
{
    auto found = m_index.find(key);
    if (found != m_index.end()) {
        m_entries.splice(m_entries.begin(), m_entries, *found); // now the most recent
        Entry& e = m_entries.front();
        if (e.font == font && e.width == width) {
            if (e.text == text)
                return *e.doc;
            if (!e.text.isEmpty() && text.startsWith(e.text)) {
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
        e.doc->setDefaultFont(font);
        e.doc->setPlainText(text);
        e.doc->setTextWidth(width);
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
    e.doc = std::make_unique<QTextDocument>();
    e.doc->setUndoRedoEnabled(false);
    e.doc->setDocumentMargin(0);
    e.doc->setDefaultFont(font);
    e.doc->setPlainText(text);
    e.doc->setTextWidth(width);
    m_entries.push_front(std::move(e));
    m_index.insert(key, m_entries.begin());
    return *m_entries.front().doc;
}

} // namespace st
