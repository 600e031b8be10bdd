#pragma once

#include "core/store/SearchResult.h"
#include "core/store/SearchResultModel.h"

#include <QDialog>
#include <QTimer>
#include <functional>

class QLabel;
class QLineEdit;
class QListView;

namespace st {

/// Search across every session (Ctrl+F, Ctrl+K): searches as you type (after a short
/// pause), lists what was found with the words emphasized; Enter or a double-click
/// chooses a result. Up and Down move through the results from the search field.
class SearchDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 150;
    static constexpr int kLimit = 50;

    /// What \a search(query, limit) finds, best first (AppController::searchSessions).
    using Search = std::function<QVector<SearchResult>(const QString& query, int limit)>;
    explicit SearchDialog(Search search, QWidget* parent = nullptr);

    /// Shows the panel with the last query selected, ready to type over (searched again:
    /// sessions may have changed since).
    void showPanel();
    /// Searches now (what the pause after typing does).
    void searchNow();
    const SearchResultModel& results() const { return m_model; }

Q_SIGNALS:
    void resultChosen(const st::SearchResult& result);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void choose(const QModelIndex& index);
    void updateStatus();
    void retranslateUi();

    Search m_search;
    SearchResultModel m_model;
    QTimer m_debounce;
    QString m_searched; // the query the results are for
    QLineEdit* m_edit;
    QLabel* m_status;
    QListView* m_list;
};

} // namespace st
