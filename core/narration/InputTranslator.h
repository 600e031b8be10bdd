#pragma once

#include "core/llm/ChatRequest.h"

#include <QObject>
#include <memory>

namespace st {

class ModelClient;
class ReplyStream;

/// Translates a listener's message into the story language with the model (the translate
/// prompt), before it reaches the narrator.
class InputTranslator : public QObject
{
    Q_OBJECT
public:
    explicit InputTranslator(ModelClient& client, QObject* parent = nullptr);
    ~InputTranslator() override;

    /// Emits translated() or failed() once.
    void translate(const QString& text, const QString& toLanguage);
    bool isBusy() const { return m_stream != nullptr; }
    /// Abandons a translation under way: neither translated() nor failed() follows.
    void cancel();
    static ChatRequest request(const QString& text, const QString& toLanguage);

Q_SIGNALS:
    void translated(const QString& translation);
    void failed(const QString& message);

private:
    ModelClient& m_client;
    std::unique_ptr<ReplyStream> m_stream;
};

} // namespace st
