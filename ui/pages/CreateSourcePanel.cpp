#include "ui/pages/CreateSourcePanel.h"

#include "ui/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace st {

CreateSourcePanel::CreateSourcePanel(QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_modelNotice(new QLabel(this)),
      m_urlLabel(new QLabel), m_url(new QLineEdit), m_writeFromUrl(new QPushButton),
      m_textLabel(new QLabel), m_text(new QPlainTextEdit), m_writeFromText(new QPushButton),
      m_readyLabel(new QLabel), m_open(new QPushButton), m_importLabel(new QLabel),
      m_import(new QPushButton)
{
    m_tabs->setObjectName(QStringLiteral("createSourceTabs"));
    m_modelNotice->setObjectName(QStringLiteral("modelNotice"));
    m_url->setObjectName(QStringLiteral("createUrlEdit"));
    m_writeFromUrl->setObjectName(QStringLiteral("writeFromUrlButton"));
    m_text->setObjectName(QStringLiteral("createTextEdit"));
    m_writeFromText->setObjectName(QStringLiteral("writeFromTextButton"));
    m_open->setObjectName(QStringLiteral("openFileButton"));
    m_import->setObjectName(QStringLiteral("importButton"));
    for (QLabel* label : {m_modelNotice, m_urlLabel, m_textLabel, m_readyLabel, m_importLabel})
        label->setWordWrap(true);
    m_modelNotice->setFrameShape(QFrame::StyledPanel);
    m_modelNotice->setMargin(10);
    m_modelNotice->setTextFormat(Qt::PlainText);
    m_url->setClearButtonEnabled(true);
    m_text->setMaximumHeight(110);
    Theme::setPrimary(m_writeFromUrl);
    Theme::setPrimary(m_writeFromText);

    auto* web = new QWidget;
    auto* webLayout = new QVBoxLayout(web);
    auto* urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_writeFromUrl);
    webLayout->addWidget(m_urlLabel);
    webLayout->addLayout(urlRow);
    webLayout->addStretch(1);

    auto* pasted = new QWidget;
    auto* textLayout = new QVBoxLayout(pasted);
    auto* textButtons = new QHBoxLayout;
    textButtons->addStretch(1);
    textButtons->addWidget(m_writeFromText);
    textLayout->addWidget(m_textLabel);
    textLayout->addWidget(m_text, 1);
    textLayout->addLayout(textButtons);

    auto* ready = new QWidget;
    auto* readyLayout = new QVBoxLayout(ready);
    auto* readyRow = new QHBoxLayout;
    readyRow->addWidget(m_readyLabel, 1);
    readyRow->addWidget(m_open);
    auto* importRow = new QHBoxLayout;
    importRow->addWidget(m_importLabel, 1);
    importRow->addWidget(m_import);
    readyLayout->addLayout(readyRow);
    readyLayout->addLayout(importRow);
    readyLayout->addStretch(1);

    m_tabs->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // the draft gets the room
    m_tabs->addTab(web, QString());
    m_tabs->addTab(pasted, QString());
    m_tabs->addTab(ready, QString());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_modelNotice);
    layout->addWidget(m_tabs);

    connect(m_writeFromUrl, &QPushButton::clicked, this,
            [this] { Q_EMIT writeFromAddress(address()); });
    connect(m_url, &QLineEdit::returnPressed, this, [this] {
        if (m_writeFromUrl->isEnabled())
            Q_EMIT writeFromAddress(address());
    });
    connect(m_writeFromText, &QPushButton::clicked, this, [this] { Q_EMIT writeFromText(text()); });
    connect(m_open, &QPushButton::clicked, this, &CreateSourcePanel::openFileRequested);
    connect(m_import, &QPushButton::clicked, this, &CreateSourcePanel::importRequested);
    connect(m_url, &QLineEdit::textChanged, this, &CreateSourcePanel::updateButtons);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CreateSourcePanel::updateButtons);
    retranslateUi();
    updateButtons();
}

void CreateSourcePanel::clear()
{
    m_url->clear();
    m_text->clear();
}

void CreateSourcePanel::setCanWrite(bool canWrite)
{
    m_canWrite = canWrite;
    m_modelNotice->setVisible(!canWrite);
    if (!canWrite)
        m_tabs->setCurrentIndex(2); // what works without a model
    updateButtons();
}

void CreateSourcePanel::setBusy(bool busy)
{
    m_busy = busy;
    m_url->setReadOnly(busy);
    m_text->setReadOnly(busy);
    updateButtons();
}

QString CreateSourcePanel::address() const
{
    return m_url->text().trimmed();
}

QString CreateSourcePanel::text() const
{
    return m_text->toPlainText();
}

void CreateSourcePanel::focusAddress()
{
    if (m_canWrite) {
        m_tabs->setCurrentIndex(0);
        m_url->setFocus();
    }
}

void CreateSourcePanel::updateButtons()
{
    m_writeFromUrl->setEnabled(m_canWrite && !m_busy && !address().isEmpty());
    m_writeFromText->setEnabled(m_canWrite && !m_busy &&
                                !m_text->toPlainText().trimmed().isEmpty());
    m_open->setEnabled(!m_busy);
    m_import->setEnabled(!m_busy);
}

void CreateSourcePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CreateSourcePanel::retranslateUi()
{
    m_modelNotice->setText(
        tr("Writing a new script from a web page or your own text needs a language "
           "model, and none is configured. Set one up under Story ▸ Model provider…; until "
           "then you can add a ready-made script."));
    m_tabs->setTabText(0, tr("Web page"));
    m_tabs->setTabText(1, tr("Pasted text"));
    m_tabs->setTabText(2, tr("Ready-made script"));
    m_urlLabel->setText(
        tr("The address of a page that tells the story, such as an encyclopedia "
           "article or a news report. Only what the page says goes into the script."));
    m_url->setPlaceholderText(tr("https://…"));
    m_writeFromUrl->setText(tr("Write script"));
    m_textLabel->setText(tr("Paste the text the story should be written from: an article, notes, a "
                            "chapter of a book."));
    m_text->setPlaceholderText(tr("Paste text here…"));
    m_writeFromText->setText(tr("Write script"));
    m_readyLabel->setText(
        tr("Paste a script into the editor below, or open a file: Storyteller's JSON, "
           "or markdown with headers such as \"# prologue 1 : …\"."));
    m_open->setText(tr("Open file…"));
    m_importLabel->setText(tr("Import many at once: JSON files of ready scripts, or of documents "
                              "[{\"title\": …, \"content\": …}] to write scripts from."));
    m_import->setText(tr("Import…"));
}

} // namespace st
