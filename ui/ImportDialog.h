#pragma once

#include "core/create/ImportSummary.h"

#include <QDialog>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace st {

class AppController;
class BatchImporter;

/// Imports JSON files of ready scripts and of documents to write scripts from
/// (BatchImporter): a progress bar over the whole batch, the entry being worked on, a line
/// per entry as it ends (✓ or ✗ with why), Cancel, and a summary at the end.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(AppController& controller, QWidget* parent = nullptr);
    ~ImportDialog() override;

    /// Starts importing \a files (the dialog is shown by the caller).
    void start(const QStringList& files);
    bool isRunning() const;

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    void retranslateUi();
    void showSummary(const ImportSummary& summary, bool cancelled);
    void updateProgress();

    AppController& m_controller;
    std::unique_ptr<BatchImporter> m_importer;
    QLabel* m_heading;
    QLabel* m_current;
    QProgressBar* m_bar;
    QListWidget* m_results;
    QLabel* m_summary;
    QDialogButtonBox* m_buttons;
    QPushButton* m_cancel;
    QPushButton* m_close;
    int m_done = 0;
    int m_total = 0;
    int m_itemPercent = 0;
    int m_files = 0;
};

} // namespace st
