#include "ui/pages/CreatePage.h"

#include "core/flow/AppController.h"
#include "core/flow/ScriptCreator.h"
#include "core/script/ScriptParseResult.h"
#include "ui/Theme.h"
#include "ui/pages/CreateProgressPanel.h"
#include "ui/pages/CreateSourcePanel.h"
#include "ui/pages/ScriptDraftPanel.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace st {

namespace {
constexpr qint64 kMaxScriptFileBytes = 5 * 1024 * 1024;
using Mark = CreateProgressPanel::Mark;
} // namespace

CreatePage::CreatePage(AppController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_heading(new QLabel(this)),
      m_source(new CreateSourcePanel(this)), m_duplicate(new QFrame(this)),
      m_duplicateText(new QLabel), m_useExisting(new QPushButton), m_writeAnyway(new QPushButton),
      m_progress(new CreateProgressPanel(this)),
      m_draft(new ScriptDraftPanel(
          [&controller](const QString& text) { return controller.parseScript(text); }, this)),
      m_save(new QPushButton(this)), m_discard(new QPushButton(this))
{
    setObjectName(QStringLiteral("createPage"));
    m_duplicate->setObjectName(QStringLiteral("duplicateNotice"));
    m_useExisting->setObjectName(QStringLiteral("useExistingButton"));
    m_writeAnyway->setObjectName(QStringLiteral("writeAnywayButton"));
    m_save->setObjectName(QStringLiteral("saveScriptButton"));
    m_discard->setObjectName(QStringLiteral("discardButton"));
    Theme::setHeading(m_heading);
    Theme::setPrimary(m_save);
    m_save->setEnabled(false);
    m_duplicate->setFrameShape(QFrame::StyledPanel);
    m_duplicateText->setWordWrap(true);
    auto* duplicateRow = new QHBoxLayout(m_duplicate);
    duplicateRow->addWidget(m_duplicateText, 1);
    duplicateRow->addWidget(m_useExisting);
    duplicateRow->addWidget(m_writeAnyway);
    m_duplicate->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 24);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_source);
    layout->addWidget(m_duplicate);
    layout->addWidget(m_progress);
    layout->addWidget(m_draft, 1);
    layout->addLayout(buttons);

    connect(m_source, &CreateSourcePanel::writeFromAddress, this,
            [this](const QString& address) { writeFromAddress(address, false); });
    connect(m_source, &CreateSourcePanel::writeFromText, this, &CreatePage::writeFromText);
    connect(m_source, &CreateSourcePanel::openFileRequested, this, &CreatePage::openFile);
    connect(m_source, &CreateSourcePanel::importRequested, this, &CreatePage::importRequested);
    connect(m_progress, &CreateProgressPanel::cancelRequested, this,
            [this] { m_controller.creator().cancel(); });
    // Save is there whenever a draft is (and nothing is being written): it parses the draft
    // first and, when it cannot be told, says why instead of saving.
    connect(m_draft->editor(), &QPlainTextEdit::textChanged, this, &CreatePage::updateSave);
    connect(m_useExisting, &QPushButton::clicked, this, [this] {
        m_duplicate->hide();
        Q_EMIT existingStoryChosen(m_duplicateTitle);
    });
    connect(m_writeAnyway, &QPushButton::clicked, this, [this] {
        m_duplicate->hide();
        writeFromAddress(m_pendingAddress, true);
    });
    connect(m_save, &QPushButton::clicked, this, &CreatePage::save);
    connect(m_discard, &QPushButton::clicked, this, &CreatePage::discard);
    connectCreator();
    retranslateUi();
}

void CreatePage::connectCreator()
{
    ScriptCreator& creator = m_controller.creator();
    connect(
        &creator, &ScriptCreator::stageChanged, this,
        [this](ScriptCreator::Stage stage, int current, int total) {
            switch (stage) {
            case ScriptCreator::Stage::Reading:
                m_progress->addStep([this] { return tr("Reading the page…"); });
                break;
            case ScriptCreator::Stage::Filtering:
                if (total == 0)
                    m_progress->addStep([this] { return tr("Splitting the text into parts…"); });
                else
                    m_progress->updateStep([this, current, total] {
                        return tr("Keeping what belongs to the story: part %1 of %2")
                            .arg(current)
                            .arg(total);
                    });
                break;
            case ScriptCreator::Stage::Writing:
                if (current == 0)
                    m_progress->addStep([this] { return tr("Writing the script…"); });
                else
                    m_progress->updateStep([this, current, total] {
                        return tr("Writing the script: section %1 of %2").arg(current).arg(total);
                    });
                break;
            default:
                break;
            }
        });
    connect(&creator, &ScriptCreator::progress, m_progress, &CreateProgressPanel::setProgress);
    connect(&creator, &ScriptCreator::pageRead, this, [this](const QString& title, int characters) {
        m_progress->updateStep([this, title, characters] {
            return tr("Read “%1”: %2 characters").arg(title, QLocale().toString(characters));
        });
    });
    connect(&creator, &ScriptCreator::writing, this,
            [this](const QString& text) { m_draft->showStreaming(draftPrefix() + text); });
    connect(&creator, &ScriptCreator::drafted, this,
            [this](const QString& text, const ScriptParseResult&) {
                m_progress->finish(Mark::Done);
                m_progress->addStep(
                    [this] {
                        return tr(
                            "The script is ready: read it, correct it if needed, then save it.");
                    },
                    Mark::Done);
                m_source->setBusy(false);
                m_draft->setDraft(draftPrefix() + text);
                updateSave();
                m_save->setFocus();
            });
    connect(&creator, &ScriptCreator::failed, this, [this](const QString& message) {
        m_progress->show();
        m_progress->finish(Mark::Failed);
        m_progress->addStep([message] { return message; }, Mark::Failed);
        m_source->setBusy(false);
        m_draft->setDraft(m_draft->draft()); // leave what was written so far editable
        updateSave();
    });
    connect(&creator, &ScriptCreator::cancelled, this, [this] {
        m_progress->finish(Mark::Failed);
        m_progress->addStep([this] { return tr("Cancelled. Nothing was saved."); }, Mark::Failed);
        m_source->setBusy(false);
        m_draft->setDraft(m_draft->draft());
        updateSave();
    });
    connect(&creator, &ScriptCreator::duplicateFound, this, [this](qint64, const QString& title) {
        m_duplicateTitle = title;
        m_duplicateText->setText(tr("The library already has “%1”, written from this page. Tell "
                                    "that one, or write a new script?")
                                     .arg(title));
        m_duplicate->show();
    });
}

void CreatePage::prepare()
{
    // What is on the page stays until it is saved or discarded: leaving Create and coming
    // back never loses a draft or the text typed for it.
    m_source->setCanWrite(m_controller.providerSummary().isConfigured());
    if (!m_controller.creator().isBusy() && m_draft->isEmpty())
        m_source->focusAddress();
}

void CreatePage::reset()
{
    m_source->clear();
    m_source->setBusy(false);
    m_duplicate->hide();
    m_progress->reset();
    m_draft->clear();
    m_save->setEnabled(false);
}

void CreatePage::beginRun()
{
    m_duplicate->hide();
    m_draft->clear();
    m_save->setEnabled(false);
    m_source->setBusy(true);
    m_progress->start();
}

void CreatePage::writeFromAddress(const QString& address, bool allowDuplicate)
{
    m_pendingAddress = address;
    beginRun();
    m_controller.creator().createFromAddress(address, m_controller.storyLanguage(), allowDuplicate);
    if (!m_controller.creator().isBusy() && m_duplicate->isVisible()) {
        m_progress->reset();
        m_source->setBusy(false);
    }
}

void CreatePage::writeFromText(const QString& text)
{
    beginRun();
    m_controller.creator().createFromText(text, m_controller.storyLanguage());
}

QString CreatePage::draftPrefix() const
{
    const QUrl url = m_controller.creator().sourceUrl();
    return url.isEmpty() ? QString() : QStringLiteral("# Source: ") + url.toString() + u'\n';
}

void CreatePage::openFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a script"), QString(), tr("Scripts (*.json *.md *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    m_progress->reset();
    if (file.size() > kMaxScriptFileBytes) {
        m_progress->start();
        m_progress->finish(Mark::Failed);
        m_progress->addStep(
            [this, path] {
                return tr("%1 is larger than 5 MB; a script is much smaller. Choose the script "
                          "file itself.")
                    .arg(path);
            },
            Mark::Failed);
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        const QString reason = file.errorString();
        m_progress->start();
        m_progress->finish(Mark::Failed);
        m_progress->addStep(
            [this, path, reason] { return tr("%1 could not be opened: %2").arg(path, reason); },
            Mark::Failed);
        return;
    }
    m_draft->setDraft(QString::fromUtf8(file.readAll()));
    updateSave();
}

void CreatePage::updateSave()
{
    m_save->setEnabled(!m_draft->isEmpty() && !m_draft->editor()->isReadOnly() &&
                       !m_controller.creator().isBusy());
}

void CreatePage::save()
{
    const auto script = m_draft->parseNow();
    if (!script) {
        m_draft->editor()->setFocus(); // the report says what is wrong
        return;
    }
    if (m_controller.saveScript(*script))
        reset();
}

void CreatePage::discard()
{
    m_controller.creator().cancel();
    reset();
    m_controller.discardCreate();
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
    m_useExisting->setText(tr("Tell that one"));
    m_writeAnyway->setText(tr("Write a new one"));
    if (!m_duplicateTitle.isEmpty())
        m_duplicateText->setText(tr("The library already has “%1”, written from this page. Tell "
                                    "that one, or write a new script?")
                                     .arg(m_duplicateTitle));
    m_save->setText(tr("Save to library"));
    m_save->setToolTip(tr("Add the script to the library and go back to the story request"));
    m_discard->setText(tr("Discard"));
    m_discard->setToolTip(tr("Back to the story request, without saving"));
}

} // namespace st
