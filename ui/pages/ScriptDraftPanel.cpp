#include "ui/pages/ScriptDraftPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStyle>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace st {

ScriptDraftPanel::ScriptDraftPanel(Parser parser, QWidget* parent)
    : QWidget(parent), m_parser(std::move(parser)), m_editor(new QPlainTextEdit(this)),
      m_preview(new QTextBrowser(this)), m_report(new QLabel(this)), m_reparse(new QTimer(this))
{
    m_editor->setObjectName(QStringLiteral("scriptEdit"));
    m_preview->setObjectName(QStringLiteral("scriptPreview"));
    m_report->setObjectName(QStringLiteral("parseReport"));
    m_report->setWordWrap(true);
    m_report->setTextFormat(Qt::PlainText);
    m_preview->setOpenExternalLinks(false);
    m_reparse->setSingleShot(true);
    m_reparse->setInterval(400);

    auto* editors = new QHBoxLayout;
    editors->setContentsMargins(0, 0, 0, 0);
    editors->addWidget(m_editor, 1);
    editors->addWidget(m_preview, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(editors, 1);
    layout->addWidget(m_report);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_streaming)
            return;
        setValid(std::nullopt);
        m_reparse->start();
    });
    connect(m_reparse, &QTimer::timeout, this, [this] { parseNow(); });
    retranslateUi();
}

void ScriptDraftPanel::setDraft(const QString& text)
{
    m_streaming = false;
    m_editor->setReadOnly(false);
    m_editor->setPlainText(text);
    m_reparse->stop();
    parseNow();
}

void ScriptDraftPanel::showStreaming(const QString& text)
{
    m_streaming = true;
    m_editor->setReadOnly(true);
    QScrollBar* bar = m_editor->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    m_editor->setPlainText(text);
    if (atEnd)
        bar->setValue(bar->maximum());
}

QString ScriptDraftPanel::draft() const
{
    return m_editor->toPlainText();
}

bool ScriptDraftPanel::isEmpty() const
{
    return m_editor->toPlainText().trimmed().isEmpty();
}

void ScriptDraftPanel::clear()
{
    m_streaming = false;
    m_editor->setReadOnly(false);
    m_editor->clear();
    m_reparse->stop();
    m_preview->clear();
    m_report->clear();
    setValid(std::nullopt);
}

std::optional<Script> ScriptDraftPanel::parseNow()
{
    m_reparse->stop();
    if (m_streaming)
        return std::nullopt;
    if (isEmpty()) {
        m_preview->clear();
        m_report->clear();
        setValid(std::nullopt);
        return std::nullopt;
    }
    showResult(m_parser(m_editor->toPlainText()));
    return m_script;
}

void ScriptDraftPanel::showResult(const ScriptParseResult& result)
{
    if (!result.ok()) {
        m_preview->clear();
        m_report->setProperty("role", QStringLiteral("error"));
        m_report->setText(result.error);
        setValid(std::nullopt);
    } else {
        const Script& script = result.script;
        m_report->setProperty("role", QString());
        const int chapters = int(script.tellableChapters().size());
        QString text = tr("“%1”: %2 of 14 sections to tell.").arg(script.title).arg(chapters);
        for (const QString& problem : result.problems)
            text += u'\n' + QStringLiteral("• ") + problem;
        m_report->setText(text);
        showPreview(script);
        setValid(script);
    }
    m_report->style()->unpolish(m_report);
    m_report->style()->polish(m_report);
}

void ScriptDraftPanel::showPreview(const Script& script)
{
    QString html = QStringLiteral("<h2>") + script.title.toHtmlEscaped() + QStringLiteral("</h2>");
    if (!script.source.url.isEmpty())
        html += QStringLiteral("<p><i>") + script.source.url.toHtmlEscaped() +
                QStringLiteral("</i></p>");
    if (!script.summary.isEmpty())
        html += QStringLiteral("<p>") + script.summary.toHtmlEscaped() + QStringLiteral("</p>");
    if (!script.hook.isEmpty())
        html += QStringLiteral("<p><b>") + script.hook.toHtmlEscaped() + QStringLiteral("</b></p>");
    for (const Script::Section& s : script.sections()) {
        const bool skipped = Script::isNotApplicable(s.content);
        html += QStringLiteral("<h4>") + script_section::key(s.id).toHtmlEscaped();
        if (!s.heading.isEmpty())
            html += QStringLiteral(" — ") + s.heading.toHtmlEscaped();
        html += QStringLiteral("</h4>");
        html += skipped ? QStringLiteral("<p><i>") + tr("(N/A — skipped when telling)") +
                              QStringLiteral("</i></p>")
                        : QStringLiteral("<p>") +
                              s.content.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")) +
                              QStringLiteral("</p>");
    }
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->setHtml(html);
    m_preview->verticalScrollBar()->setValue(scroll);
}

void ScriptDraftPanel::setValid(std::optional<Script> script)
{
    m_script = std::move(script);
}

void ScriptDraftPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_streaming && !isEmpty())
            parseNow(); // the report and preview in the new language
    }
    QWidget::changeEvent(event);
}

void ScriptDraftPanel::retranslateUi()
{
    m_editor->setAccessibleName(tr("Script"));
    m_editor->setPlaceholderText(
        tr("The script appears here as it is written. You can also paste a "
           "ready-made script: Storyteller's JSON, or markdown with headers "
           "such as \"# prologue 1 : …\" through \"# epilogue\"."));
}

} // namespace st
