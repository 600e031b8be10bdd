#include "ui/sidebar/SessionItemDelegate.h"

#include "core/store/SessionListModel.h"

#include <QApplication>
#include <QPainter>

namespace st {

QSize SessionItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics fm(option.font);
    return {option.rect.width(), fm.height() * 2 + 14};
}

void SessionItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool current = index.data(SessionListModel::CurrentRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& pal = option.palette;
    const QRect r = option.rect.adjusted(10, 6, -8, -6);
    QFont nameFont = option.font;
    nameFont.setBold(current);
    painter->save();
    painter->setFont(nameFont);
    painter->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QFontMetrics fm(nameFont);
    const QString name = (current ? QStringLiteral("● ") : QString()) +
                         index.data(SessionListModel::NameRole).toString();
    painter->drawText(QRect(r.left(), r.top(), r.width(), fm.height()), Qt::AlignLeft,
                      fm.elidedText(name, Qt::ElideRight, r.width()));
    QString title = index.data(SessionListModel::TitleRole).toString();
    if (title.isEmpty())
        title = tr("No story chosen yet");
    painter->setFont(option.font);
    painter->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    const QFontMetrics small(option.font);
    painter->drawText(QRect(r.left(), r.top() + fm.height() + 2, r.width(), small.height()),
                      Qt::AlignLeft, small.elidedText(title, Qt::ElideRight, r.width()));
    painter->restore();
}

} // namespace st
