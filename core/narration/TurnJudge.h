#pragma once

#include "core/llm/ChatRequest.h"
#include "core/narration/ListenerTurn.h"

#include <QObject>
#include <memory>
#include <optional>

namespace st {

class ModelClient;
class ReplyStream;

/// Asks the model, in one short request (a few tokens back), what a listener's message is
/// when the rules (ListenerTurnClassifier) are unsure of it — never a second full turn.
class TurnJudge : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxTokens = 5;

    explicit TurnJudge(ModelClient& client, QObject* parent = nullptr);
    ~TurnJudge() override;

    /// Emits judged() or failed() once. \a question: the narrator's last question.
    void judge(const QString& message, const QString& question);
    bool isBusy() const { return m_stream != nullptr; }
    /// Abandons a judgement under way: neither signal follows.
    void cancel();
    static ChatRequest request(const QString& message, const QString& question);
    /// The kind named at the start of \a reply ("Question.", "answer"), if any.
    static std::optional<ListenerTurn::Kind> parse(const QString& reply);

Q_SIGNALS:
    void judged(st::ListenerTurn::Kind kind);
    void failed(const QString& message);

private:
    ModelClient& m_client;
    std::unique_ptr<ReplyStream> m_stream;
};

} // namespace st
