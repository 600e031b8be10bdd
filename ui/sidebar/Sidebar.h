#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QToolButton;

namespace st {

class AppController;

/// Always visible: the library's titles (collapsible, filterable) and the saved sessions
/// (current on top; click to resume).
class Sidebar : public QFrame
{
    Q_OBJECT
public:
    explicit Sidebar(AppController& controller, QWidget* parent = nullptr);

    /// Shows the library titles of \a language (the story language in use).
    void setLanguage(const QString& language);

Q_SIGNALS:
    void scriptActivated(qint64 scriptId, const QString& title);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void setLibraryExpanded(bool expanded);

    AppController& m_controller;
    QToolButton* m_libraryToggle;
    QLineEdit* m_filter;
    QListView* m_library;
    QSortFilterProxyModel* m_languageFilter;
    QSortFilterProxyModel* m_textFilter;
    QLabel* m_sessionsHeader;
    QListView* m_sessions;
    QLabel* m_emptySessions;
};

} // namespace st
