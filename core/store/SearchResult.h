#pragma once

#include "core/store/MessageRecord.h"

#include <QMetaType>
#include <QString>
#include <QVector>

namespace st {

/// One thing a session search found: a message (in context) or a session's title.
struct SearchResult
{
    /// Where the searched words are in `snippet` (UTF-16 offsets).
    struct Span
    {
        int start = 0;
        int length = 0;
        friend bool operator==(const Span& a, const Span& b)
        {
            return a.start == b.start && a.length == b.length;
        }
    };

    qint64 sessionId = 0;
    QString sessionName;
    QString storyTitle;   // empty when the session has no story yet
    qint64 messageId = 0; // 0: the session's name or story title matched
    MessageRecord::Role role = MessageRecord::Role::User; // the message's
    /// The matching text in context, on one line: a window of the message around the
    /// match ("…" where it was cut), or for a title hit the name (or story title) matched.
    QString snippet;
    QVector<Span> matches;
    qint64 date = 0;   // ms since the epoch: the message written, or the session last used
    int relevance = 0; // SearchQuery::relevance(), +1 for a title hit

    bool isTitleHit() const { return messageId == 0; }
};

} // namespace st

Q_DECLARE_METATYPE(st::SearchResult)
