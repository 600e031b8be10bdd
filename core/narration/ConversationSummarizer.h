#pragma once

#include "core/llm/ChatRequest.h"
#include "core/store/MessageRecord.h"

#include <QObject>
#include <memory>

namespace st {

class ModelClient;
class ReplyStream;

/// Keeps a rolling summary of a session's older turns with the model, so each narration
/// request carries the summary and only the last few messages: bounded however long the
/// session runs.
class ConversationSummarizer : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxWords = 150;

    ConversationSummarizer(ModelClient& client, QString language, QObject* parent = nullptr);
    ~ConversationSummarizer() override;

    /// Folds \a turns into \a summary; emits summarized() or failed(). Ignored while busy.
    void summarize(const QString& summary, const QVector<MessageRecord>& turns);
    bool isBusy() const { return m_stream != nullptr; }

    ChatRequest request(const QString& summary, const QVector<MessageRecord>& turns) const;

Q_SIGNALS:
    void summarized(const QString& summary, int uptoSeq);
    void failed(const QString& message);

private:
    ModelClient& m_client;
    QString m_language;
    std::unique_ptr<ReplyStream> m_stream;
};

} // namespace st
