#include "ui/search/SearchDialog.h"

#include "ui/search/SearchResultDelegate.h"

#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace st {

SearchDialog::SearchDialog(Search search, QWidget* parent)
    : QDialog(parent), m_search(std::move(search)), m_edit(new QLineEdit(this)),
      m_status(new QLabel(this)), m_list(new QListView(this))
{
    setObjectName(QStringLiteral("searchDialog"));
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_list->setObjectName(QStringLiteral("searchResults"));
    m_edit->setClearButtonEnabled(true);
    m_status->setProperty("role", QStringLiteral("hint"));
    m_status->setWordWrap(true);
    m_list->setModel(&m_model);
    m_list->setItemDelegate(new SearchResultDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    resize(640, 480);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchDialog::searchNow);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce.isActive())
            searchNow(); // Enter before the pause is over: search what was typed first
        choose(m_list->currentIndex());
    });
    connect(m_list, &QListView::activated, this, &SearchDialog::choose);
    connect(m_list, &QListView::doubleClicked, this, &SearchDialog::choose);
    m_edit->installEventFilter(this);
    retranslateUi();
}

void SearchDialog::showPanel()
{
    m_searched.clear();
    searchNow();
    show();
    raise();
    activateWindow();
    m_edit->setFocus();
    m_edit->selectAll();
}

void SearchDialog::searchNow()
{
    m_debounce.stop();
    const QString query = m_edit->text();
    if (query == m_searched && !query.isEmpty())
        return;
    m_searched = query;
    m_model.setResults(m_search(query, kLimit));
    if (m_model.rowCount() > 0)
        m_list->setCurrentIndex(m_model.index(0, 0));
    updateStatus();
}

void SearchDialog::choose(const QModelIndex& index)
{
    if (!index.isValid() || !isVisible()) // a double-click also activates: choose once
        return;
    const SearchResult result = m_model.at(index.row());
    hide();
    Q_EMIT resultChosen(result);
}

bool SearchDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Up, Down, Page Up and Page Down in the field move through the results.
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp ||
            key == Qt::Key_PageDown) {
            QApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SearchDialog::updateStatus()
{
    const QString query = m_searched.trimmed();
    if (query.isEmpty())
        m_status->setText(tr("Type to search the names of your sessions and everything said in "
                             "them, in any language."));
    else if (m_model.rowCount() == 0)
        m_status->setText(tr("Nothing found for “%1”.").arg(query));
    else if (m_model.rowCount() >= kLimit)
        m_status->setText(tr("The first %1 results; add a word to narrow them down.").arg(kLimit));
    else
        m_status->setText(
            tr("%n result(s). Enter opens the session at the chosen one.", "", m_model.rowCount()));
}

void SearchDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SearchDialog::retranslateUi()
{
    setWindowTitle(tr("Search sessions"));
    m_edit->setPlaceholderText(tr("Search sessions and messages"));
    m_edit->setAccessibleName(tr("Search sessions and messages"));
    m_list->setAccessibleName(tr("Results"));
    updateStatus();
}

} // namespace st
