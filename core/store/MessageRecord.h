#pragma once

#include <QMetaType>
#include <QString>

namespace st {

/// One message of a session's conversation.
struct MessageRecord
{
    enum class Role
    {
        System,
        User,
        Assistant
    };
    enum class Status
    {
        Streaming,
        Complete,
        Interrupted,
        Error
    };

    qint64 id = 0;
    qint64 sessionId = 0;
    int seq = 0;
    Role role = Role::User;
    QString content;
    Status status = Status::Complete;
    int chapter = -1; // the narrator's chapter for assistant messages (0 = the hook)
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int promptTokens = -1; // as the server reported them; -1 when unknown
    int completionTokens = -1;
    QString original; // what the listener wrote, when content is its translation
    QString originalLanguage;

    bool isValid() const { return id > 0; }

    static QString roleName(Role role);
    static Role roleFromName(const QString& name);
    static QString statusName(Status status);
    static Status statusFromName(const QString& name);
};

} // namespace st

Q_DECLARE_METATYPE(st::MessageRecord)
