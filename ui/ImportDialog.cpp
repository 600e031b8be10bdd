#include "ui/ImportDialog.h"

#include "core/create/BatchImporter.h"
#include "core/flow/AppController.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace st {

ImportDialog::ImportDialog(AppController& controller, QWidget* parent)
    : QDialog(parent), m_controller(controller), m_heading(new QLabel(this)),
      m_current(new QLabel(this)), m_bar(new QProgressBar(this)), m_results(new QListWidget(this)),
      m_summary(new QLabel(this)), m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("importDialog"));
    m_current->setObjectName(QStringLiteral("importCurrent"));
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_results->setObjectName(QStringLiteral("importResults"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_heading->setWordWrap(true);
    m_current->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_results->setSelectionMode(QAbstractItemView::NoSelection);
    m_results->setWordWrap(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_cancel->setObjectName(QStringLiteral("importCancelButton"));
    m_close->setObjectName(QStringLiteral("importCloseButton"));
    m_close->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_bar);
    layout->addWidget(m_current);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    resize(620, 440);

    m_importer = controller.makeImporter();

    connect(m_importer.get(), &BatchImporter::progress, this, [this](int done, int total) {
        m_done = done;
        m_total = total;
        m_itemPercent = 0;
        updateProgress();
    });
    connect(m_importer.get(), &BatchImporter::itemProgress, this, [this](int percent) {
        m_itemPercent = percent;
        updateProgress();
    });
    connect(m_importer.get(), &BatchImporter::itemStarted, this,
            [this](int index, int total, const QString& title) {
                m_current->setText(tr("%1 of %2: %3").arg(index + 1).arg(total).arg(title));
            });
    connect(
        m_importer.get(), &BatchImporter::itemFinished, this, [this](const ImportOutcome& outcome) {
            QString line =
                (outcome.ok ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + outcome.title;
            if (!outcome.message.isEmpty())
                line += QStringLiteral(" — ") + outcome.message;
            if (outcome.index >= 0 && m_files > 1) // a refused file is named in its title already
                line += QStringLiteral("  (") + QFileInfo(outcome.file).fileName() + u')';
            m_results->addItem(line);
            m_results->scrollToBottom();
        });
    connect(m_importer.get(), &BatchImporter::finished, this,
            [this](const ImportSummary& summary) { showSummary(summary, false); });
    connect(m_importer.get(), &BatchImporter::cancelled, this,
            [this](const ImportSummary& summary) { showSummary(summary, true); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_importer->cancel(); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslateUi();
}

ImportDialog::~ImportDialog()
{
    if (m_importer)
        m_importer->disconnect(this);
}

void ImportDialog::start(const QStringList& files)
{
    m_files = int(files.size());
    m_results->clear();
    m_summary->clear();
    m_bar->setRange(0, 0);
    m_cancel->show();
    m_close->hide();
    retranslateUi();
    m_importer->start(files, m_controller.storyLanguage());
}

bool ImportDialog::isRunning() const
{
    return m_importer->isRunning();
}

void ImportDialog::updateProgress()
{
    if (m_total <= 0) {
        m_bar->setRange(0, 0);
        return;
    }
    m_bar->setRange(0, m_total * 100);
    m_bar->setValue(std::min(m_total * 100, m_done * 100 + m_itemPercent));
}

void ImportDialog::showSummary(const ImportSummary& summary, bool cancelled)
{
    m_bar->setRange(0, 1);
    m_bar->setValue(cancelled ? 0 : 1);
    m_current->clear();
    QString text = tr("Imported: %1. Failed: %2.").arg(summary.succeeded()).arg(summary.failed());
    if (cancelled)
        text += u' ' + tr("Cancelled: %1 not imported.").arg(summary.notImported());
    m_summary->setText(text);
    m_cancel->hide();
    m_close->show();
    m_close->setFocus();
    if (summary.succeeded() > 0)
        m_controller.refreshEmbeddings(); // the new scripts are found by meaning too
}

void ImportDialog::reject()
{
    if (m_importer->isRunning()) {
        m_importer->cancel(); // Esc or the window's close button: stop first, keep the dialog
        return;
    }
    QDialog::reject();
}

void ImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import scripts"));
    m_heading->setText(m_files == 1
                           ? tr("Importing 1 file into the library. Documents are written into "
                                "scripts by the model, one at a time.")
                           : tr("Importing %1 files into the library. Documents are written into "
                                "scripts by the model, one at a time.")
                                 .arg(m_files));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop: scripts already imported stay in the library"));
    m_close->setText(tr("Close"));
}

} // namespace st
