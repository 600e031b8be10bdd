#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace st {

/// A dismissible message above the pages: what happened and what to do next.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    void showMessage(const QString& message);
    QString message() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* m_text;
    QToolButton* m_close;
};

} // namespace st
