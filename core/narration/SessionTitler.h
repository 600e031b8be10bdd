#pragma once

#include "core/llm/ChatRequest.h"

#include <QObject>
#include <memory>

namespace st {

class ModelClient;
class ReplyStream;
class Script;

/// Asks the model for a short title for a session once its story is chosen (the session
/// is named after the script's title until then, and keeps that name when this fails).
class SessionTitler : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxWords = 8;       // asked of the model
    static constexpr int kMaxChars = 80;      // enforced on its answer
    static constexpr int kOpeningChars = 600; // of the first chapter, in the request

    SessionTitler(ModelClient& client, QString language, QObject* parent = nullptr);
    ~SessionTitler() override; // cancels a request still running

    /// Asks for a title for a telling of \a script; emits titled() or failed(). Ignored
    /// while busy.
    void generate(const Script& script);
    bool isBusy() const { return m_stream != nullptr; }

    ChatRequest request(const Script& script) const;
    /// The title in a model's \a reply: its first non-empty line without quotes, markdown,
    /// a "Title:" label or a trailing period, whitespace collapsed, at most kMaxChars
    /// (cut at a word boundary when there is one). Empty when nothing usable is left.
    static QString clean(const QString& reply);

Q_SIGNALS:
    void titled(const QString& title);
    /// \a message says why, for the log (the session keeps the script's title).
    void failed(const QString& message);

private:
    ModelClient& m_client;
    QString m_language;
    std::unique_ptr<ReplyStream> m_stream;
};

} // namespace st
