#pragma once

#include "core/store/MessageRecord.h"
#include "core/store/ReplyVersions.h"
#include "core/store/SessionRecord.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace st {

/// Everything a session file carries: the session with the columns SessionRecord leaves
/// out, and every message in order. What SessionDocumentStore loads and inserts, and what
/// SessionJson writes and reads.
struct SessionDocument
{
    /// id, scriptId and messageCount are this database's own and are not exported; on
    /// import the script is linked to a library script with the very same body, if any.
    SessionRecord session;
    QString model;                   // empty when none was recorded
    QString metadata;                // a JSON object, compact; "{}" when empty
    QString forkedFromUuid;          // the uuid of the session this one was forked from, if any
    QVector<MessageRecord> messages; // by seq; id and sessionId are not exported
    /// The earlier versions of regenerated replies (ReplyVersions), by the seq of their
    /// message, oldest first; their ids are not exported.
    QHash<int, QVector<ReplyVersions::Version>> alternatives;
};

} // namespace st
