#pragma once

#include <QString>
#include <QVector>

namespace st {

/// One chat completion request, independent of the server's API.
struct ChatRequest
{
    struct Message
    {
        QString role; // system, user, assistant
        QString content;
    };

    QVector<Message> messages;
    double temperature = -1.0; // < 0: the provider's setting
    int maxTokens = -1;        // < 0: the provider's setting
};

} // namespace st
