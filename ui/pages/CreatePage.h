#pragma once

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;

namespace st {

class AppController;
class CreateProgressPanel;
class CreateSourcePanel;
class ScriptDraftPanel;

/// Create: a web page's address or pasted text → the steps as they happen (reading,
/// filtering part 3 of 7, writing) with progress and Cancel → the script in an editable
/// preview, parsed and checked → Save to library (back to Check, where it is found) or
/// Discard. A page the library already has a script from is offered instead. Without a
/// model, a ready-made script can still be pasted, opened or imported.
class CreatePage : public QWidget
{
    Q_OBJECT
public:
    explicit CreatePage(AppController& controller, QWidget* parent = nullptr);

    void prepare();

Q_SIGNALS:
    /// The user chose a story already in the library (instead of writing a duplicate).
    void existingStoryChosen(const QString& title);
    void importRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void connectCreator();
    void writeFromAddress(const QString& address, bool allowDuplicate);
    void writeFromText(const QString& text);
    void beginRun();
    void reset();
    void openFile();
    void updateSave();
    void save();
    void discard();
    QString draftPrefix() const;

    AppController& m_controller;
    QLabel* m_heading;
    CreateSourcePanel* m_source;
    QFrame* m_duplicate;
    QLabel* m_duplicateText;
    QPushButton* m_useExisting;
    QPushButton* m_writeAnyway;
    CreateProgressPanel* m_progress;
    ScriptDraftPanel* m_draft;
    QPushButton* m_save;
    QPushButton* m_discard;
    QString m_duplicateTitle;
    QString m_pendingAddress;
};

} // namespace st
