#pragma once

#include "core/store/MessageRecord.h"
#include "core/store/SessionRecord.h"

#include <QCoreApplication>
#include <QVector>

namespace st {

/// A session as a readable Markdown document (the Markdown session export, and the
/// transcript that goes with exported audio): the session's name as the title; the story,
/// language and dates; then every message of the narrator and the listener in order, under
/// a heading for each chapter (the chapter's own heading from the session's script when it
/// has one). Labels are in the interface language (tr()). The narrator's Markdown is kept
/// (bold, lists…), its headings moved two levels down, under the chapter's; the listener's
/// words are quoted as typed.
class SessionTranscript
{
    Q_DECLARE_TR_FUNCTIONS(st::SessionTranscript)

public:
    static QString markdown(const SessionRecord& session, const QVector<MessageRecord>& messages);
};

} // namespace st
