#pragma once

#include <QStyledItemDelegate>

namespace st {

/// A story in the sidebar's library: its title over a one-line summary, then the
/// languages it is told in and how far this listener has heard it.
class LibraryItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// "Not heard yet", "Begun", "Heard 5 of 14" or "Heard to the end".
    static QString heard(int furthestChapter, int chapterCount);
    /// "EN · KO · JA · ES — Heard 5 of 14"
    static QString details(const QModelIndex& index);
    /// What the row's tooltip says: title, summary, languages, how far heard.
    static QString describe(const QModelIndex& index);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;
};

} // namespace st
