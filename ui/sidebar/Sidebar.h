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
/// (current on top, then by day; click to resume; right-click to rename, export, clear or
/// delete, with Undo).
class Sidebar : public QFrame
{
    Q_OBJECT
public:
    explicit Sidebar(AppController& controller, QWidget* parent = nullptr);

    /// Shows the library titles of \a language (the story language in use).
    void setLanguage(const QString& language);

Q_SIGNALS:
    void scriptActivated(qint64 scriptId, const QString& title);
    /// "Export…" on a session: the main window asks where to save it.
    void exportRequested(qint64 sessionId);

protected:
    void changeEvent(QEvent* event) override;
    /// Enter on the session list opens the current session, as a click does; the Menu key
    /// and Shift+F10 open its menu, as a right-click does.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void showSessionMenu(const QPoint& pos);
    void renameSession(qint64 id);
    void clearSession(qint64 id);
    void deleteSession(qint64 id);
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
    QWidget* m_undoBar;
    QLabel* m_undoLabel;
    QToolButton* m_undo;
    QString m_trashedName;
};

} // namespace st
