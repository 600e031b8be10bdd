#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace st {

/// Where a new script comes from: a web page (an address), pasted text, or a ready-made
/// script (opened from a file or pasted into the draft).
class CreateSourcePanel : public QWidget
{
    Q_OBJECT
public:
    explicit CreateSourcePanel(QWidget* parent = nullptr);

    void clear();
    /// Whether a model is configured: without one, writing is off and says why.
    void setCanWrite(bool canWrite);
    /// Off while a script is being written.
    void setBusy(bool busy);
    QString address() const;
    QString text() const;
    void focusAddress();

Q_SIGNALS:
    void writeFromAddress(const QString& address);
    void writeFromText(const QString& text);
    void openFileRequested();
    void importRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButtons();

    QTabWidget* m_tabs;
    QLabel* m_modelNotice;
    QLabel* m_urlLabel;
    QLineEdit* m_url;
    QPushButton* m_writeFromUrl;
    QLabel* m_textLabel;
    QPlainTextEdit* m_text;
    QPushButton* m_writeFromText;
    QLabel* m_readyLabel;
    QPushButton* m_open;
    QLabel* m_importLabel;
    QPushButton* m_import;
    bool m_canWrite = false;
    bool m_busy = false;
};

} // namespace st
