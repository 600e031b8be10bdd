#include "ui/pages/CreatePage.h"

#include "core/flow/AppController.h"
#include "core/story/ScriptParseResult.h"
#include "ui/Theme.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace st {

namespace {
constexpr qint64 kMaxScriptFileBytes = 5 * 1024 * 1024;
}

CreatePage::CreatePage(AppController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_heading(new QLabel(this)),
      m_modelNotice(new QLabel(this)), m_pasteLabel(new QLabel(this)),
      m_editor(new QPlainTextEdit(this)), m_open(new QPushButton(this)),
      m_check(new QPushButton(this)), m_report(new QLabel(this)), m_preview(new QTextBrowser(this)),
      m_save(new QPushButton(this)), m_discard(new QPushButton(this))
{
    setObjectName(QStringLiteral("createPage"));
    m_modelNotice->setObjectName(QStringLiteral("modelNotice"));
    m_editor->setObjectName(QStringLiteral("scriptEdit"));
    m_open->setObjectName(QStringLiteral("openFileButton"));
    m_check->setObjectName(QStringLiteral("checkScriptButton"));
    m_report->setObjectName(QStringLiteral("parseReport"));
    m_preview->setObjectName(QStringLiteral("scriptPreview"));
    m_save->setObjectName(QStringLiteral("saveScriptButton"));
    m_discard->setObjectName(QStringLiteral("discardButton"));
    Theme::setHeading(m_heading);
    Theme::setPrimary(m_save);
    m_modelNotice->setWordWrap(true);
    m_modelNotice->setFrameShape(QFrame::StyledPanel);
    m_modelNotice->setMargin(10);
    m_report->setWordWrap(true);
    m_report->setTextFormat(Qt::PlainText);
    m_pasteLabel->setWordWrap(true);
    m_save->setEnabled(false);
    m_preview->setOpenExternalLinks(false);

    auto* editors = new QHBoxLayout;
    editors->addWidget(m_editor, 1);
    editors->addWidget(m_preview, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_check);
    buttons->addStretch(1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 24);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_modelNotice);
    layout->addWidget(m_pasteLabel);
    layout->addLayout(editors, 1);
    layout->addWidget(m_report);
    layout->addLayout(buttons);

    connect(m_check, &QPushButton::clicked, this, &CreatePage::checkScript);
    connect(m_open, &QPushButton::clicked, this, &CreatePage::openFile);
    connect(m_save, &QPushButton::clicked, this, &CreatePage::save);
    connect(m_discard, &QPushButton::clicked, this, [this] { m_controller.discardCreate(); });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_parsed.reset();
        m_save->setEnabled(false);
    });
    retranslateUi();
}

void CreatePage::prepare()
{
    m_editor->clear();
    m_preview->clear();
    m_report->clear();
    m_parsed.reset();
    m_save->setEnabled(false);
    m_editor->setFocus();
}

void CreatePage::checkScript()
{
    const ScriptParseResult result = m_controller.parseScript(m_editor->toPlainText());
    if (!result.ok()) {
        m_parsed.reset();
        m_save->setEnabled(false);
        m_preview->clear();
        m_report->setProperty("role", QStringLiteral("error"));
        m_report->setText(result.error);
    } else {
        m_parsed = result.script;
        m_save->setEnabled(true);
        m_report->setProperty("role", QString());
        const int chapters = static_cast<int>(result.script.tellableChapters().size());
        QString text = tr("“%1”: chapters to tell: %2.").arg(result.script.title).arg(chapters);
        for (const QString& problem : result.problems)
            text += u'\n' + QStringLiteral("• ") + problem;
        m_report->setText(text);
        showPreview(result.script);
    }
    m_report->style()->unpolish(m_report);
    m_report->style()->polish(m_report);
}

void CreatePage::showPreview(const Script& script)
{
    QString html = QStringLiteral("<h2>") + script.title.toHtmlEscaped() + QStringLiteral("</h2>");
    if (!script.source.url.isEmpty())
        html += QStringLiteral("<p><i>") + script.source.url.toHtmlEscaped() +
                QStringLiteral("</i></p>");
    for (const Script::Section& s : script.sections()) {
        const bool skipped = Script::isNotApplicable(s.content);
        html += QStringLiteral("<h4>") + script_section::key(s.id).toHtmlEscaped();
        if (!s.heading.isEmpty())
            html += QStringLiteral(" — ") + s.heading.toHtmlEscaped();
        html += QStringLiteral("</h4>");
        html += skipped ? QStringLiteral("<p><i>") + tr("(empty — skipped)") +
                              QStringLiteral("</i></p>")
                        : QStringLiteral("<p>") +
                              s.content.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")) +
                              QStringLiteral("</p>");
    }
    m_preview->setHtml(html);
}

void CreatePage::openFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a script"), QString(), tr("Scripts (*.json *.md *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.size() > kMaxScriptFileBytes) {
        m_report->setText(tr("%1 is larger than 5 MB; a script is much smaller. Choose the "
                             "script file itself.")
                              .arg(path));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_report->setText(tr("%1 could not be opened: %2").arg(path, file.errorString()));
        return;
    }
    m_editor->setPlainText(QString::fromUtf8(file.readAll()));
    checkScript();
}

void CreatePage::save()
{
    if (!m_parsed)
        checkScript();
    if (m_parsed && m_controller.saveScript(*m_parsed))
        prepare();
}

void CreatePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CreatePage::retranslateUi()
{
    m_heading->setText(tr("Create a story script"));
    m_modelNotice->setText(tr("Writing a new script from a web page or your own text needs a "
                              "language model, and none is configured. Model settings will be "
                              "on the Settings page (Story ▸ New session); until then you can "
                              "add a ready-made script below."));
    m_pasteLabel->setText(tr("Paste a script — Storyteller's JSON, or markdown with headers "
                             "such as \"# prologue 1 : …\" through \"# epilogue\" — or open a "
                             "file, check it, and save it to the library."));
    m_editor->setPlaceholderText(tr("# Title: …\n# prologue 1 : …\nThe story begins…"));
    m_open->setText(tr("Open file…"));
    m_check->setText(tr("Check script"));
    m_save->setText(tr("Save to library"));
    m_discard->setText(tr("Discard"));
    m_discard->setToolTip(tr("Back to the story request, without saving"));
}

} // namespace st
