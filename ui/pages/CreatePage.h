#pragma once

#include "core/story/Script.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace st {

class AppController;

/// Writing a new script needs a model (said plainly, with where to set one). Offline, a
/// ready script — the project's JSON or the markdown form — can be pasted or opened,
/// checked, previewed and saved to the library.
class CreatePage : public QWidget
{
    Q_OBJECT
public:
    explicit CreatePage(AppController& controller, QWidget* parent = nullptr);

    void prepare();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void checkScript();
    void openFile();
    void save();
    void showPreview(const Script& script);

    AppController& m_controller;
    QLabel* m_heading;
    QLabel* m_modelNotice;
    QLabel* m_pasteLabel;
    QPlainTextEdit* m_editor;
    QPushButton* m_open;
    QPushButton* m_check;
    QLabel* m_report;
    QTextBrowser* m_preview;
    QPushButton* m_save;
    QPushButton* m_discard;
    std::optional<Script> m_parsed;
};

} // namespace st
