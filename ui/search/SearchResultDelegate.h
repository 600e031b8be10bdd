#pragma once

#include <QStyledItemDelegate>

namespace st {

/// A search result in the list: the session's name and story with the date on the first
/// line, then the matching text (who said it, or "Title") with the searched words
/// emphasized, on up to two lines.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// What goes before the snippet: "Narrator: ", "You: " or "Title: ".
    static QString lead(const QModelIndex& index);
};

} // namespace st
