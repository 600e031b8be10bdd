#pragma once

#include "core/script/ScriptParseResult.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QTextBrowser;
class QTimer;

namespace st {

/// A script draft: the text on the left (editable: the model's markdown, a pasted script),
/// what the parser makes of it on the right, and a report below — the sections present,
/// which are N/A, what could not be read. Re-parsed shortly after every edit.
class ScriptDraftPanel : public QWidget
{
    Q_OBJECT
public:
    using Parser = std::function<ScriptParseResult(const QString& text)>;

    explicit ScriptDraftPanel(Parser parser, QWidget* parent = nullptr);

    /// Replaces the draft (and parses it at once).
    void setDraft(const QString& text);
    /// Shows text as it streams in, read-only, without parsing.
    void showStreaming(const QString& text);
    QString draft() const;
    void clear();
    /// Parses now (instead of after the edit pause); the script when it is usable.
    std::optional<Script> parseNow();
    std::optional<Script> script() const { return m_script; }
    bool isEmpty() const;
    QPlainTextEdit* editor() const { return m_editor; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showResult(const ScriptParseResult& result);
    void showPreview(const Script& script);
    void setValid(std::optional<Script> script);

    Parser m_parser;
    QPlainTextEdit* m_editor;
    QTextBrowser* m_preview;
    QLabel* m_report;
    QTimer* m_reparse;
    std::optional<Script> m_script;
    bool m_streaming = false;
};

} // namespace st
