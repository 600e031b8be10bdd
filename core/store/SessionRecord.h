#pragma once

#include <QMetaType>
#include <QString>

namespace st {

/// One saved session, as the store returns it.
struct SessionRecord
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString language;    // the story language: en, ko, ja, es
    qint64 scriptId = 0; // 0 when no story was chosen yet
    QString scriptTitle;
    QString scriptBody; // the script's JSON, kept with the session (not read by lists)
    QString provider;
    qint64 createdAt = 0; // ms since the epoch
    qint64 lastUsedAt = 0;
    int messageCount = 0;
    QString summary;             // the rolling summary of older turns (not read by lists)
    int summaryUptoSeq = 0;      // the last message seq the summary covers
    bool titleByUser = false;    // the listener named (or renamed) it: never retitled
    int chapterReached = -1;     // the narrator's furthest chapter (0 = the hook), -1: none
    bool scriptAttached = false; // a script is kept with it, read or not
    int replyLength = 0;         // the listener asked for chapters -1 shorter, 1 longer
    bool listening = false;      // audiobook mode: told through without waiting for answers

    bool isValid() const { return id > 0; }
    bool hasScript() const { return scriptAttached || !scriptBody.isEmpty(); }
};

} // namespace st

Q_DECLARE_METATYPE(st::SessionRecord)
