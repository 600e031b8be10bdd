#pragma once

#include <QNetworkReply>

namespace st {

/// A cap on what a server may send in one reply read whole (readAll): past \a maxBytes the
/// reply is aborted and marked, so that its finished() handler reports "too large" rather
/// than a timeout or, before the cap, a machine out of memory.
class ReplyCap
{
public:
    static void apply(QNetworkReply* reply, qint64 maxBytes)
    {
        QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                         [reply, maxBytes](qint64 received, qint64 total) {
                             if (received > maxBytes || total > maxBytes) {
                                 reply->setProperty(kProperty, true);
                                 reply->abort();
                             }
                         });
    }
    static bool exceeded(const QNetworkReply* reply) { return reply->property(kProperty).toBool(); }

private:
    static constexpr const char* kProperty = "storytellerOverCap";
};

} // namespace st
