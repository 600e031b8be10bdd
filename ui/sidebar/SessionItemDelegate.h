#pragma once

#include <QStyledItemDelegate>

namespace st {

/// A session in the sidebar: its name (bold when current) over its story, language, the
/// chapter reached and the last activity; the first row of each day group (today,
/// yesterday, this week, older) carries the group's heading.
class SessionItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QString sectionTitle(int group);
    /// "The Mary Celeste · English · ch. 3 · 20:14"
    static QString details(const QModelIndex& index);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace st
