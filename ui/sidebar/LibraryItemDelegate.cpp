#include "ui/sidebar/LibraryItemDelegate.h"

#include "core/library/ListeningHistory.h"
#include "core/library/ScriptListModel.h"
#include "core/text/Languages.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace st {

QString LibraryItemDelegate::heard(int furthestChapter, int chapterCount)
{
    switch (ListeningHistory::stage(furthestChapter, chapterCount)) {
    case 0:
        return tr("Not heard yet");
    case 2:
        return tr("Heard to the end");
    default:
        return furthestChapter > 0 && chapterCount > 0
                   ? tr("Heard %1 of %2").arg(furthestChapter).arg(chapterCount)
                   : tr("Begun");
    }
}

QString LibraryItemDelegate::details(const QModelIndex& index)
{
    QStringList codes;
    for (const QString& language : index.data(ScriptListModel::LanguagesRole).toStringList())
        codes.append(language.toUpper());
    return codes.join(QStringLiteral(" · ")) + QStringLiteral(" — ") +
           heard(index.data(ScriptListModel::HeardRole).toInt(),
                 index.data(ScriptListModel::ChapterCountRole).toInt());
}

QString LibraryItemDelegate::describe(const QModelIndex& index)
{
    QStringList languages;
    for (const QString& language : index.data(ScriptListModel::LanguagesRole).toStringList())
        languages.append(Languages::nativeName(language));
    QStringList lines{index.data(ScriptListModel::TitleRole).toString()};
    const QString summary = index.data(ScriptListModel::SummaryRole).toString();
    if (!summary.isEmpty())
        lines.append(summary);
    lines.append(tr("In: %1").arg(languages.join(QStringLiteral(", "))));
    lines.append(heard(index.data(ScriptListModel::HeardRole).toInt(),
                       index.data(ScriptListModel::ChapterCountRole).toInt()));
    return lines.join(u'\n');
}

bool LibraryItemDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                                    const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() == QEvent::ToolTip && index.isValid()) {
        QToolTip::showText(event->globalPos(), describe(index), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QSize LibraryItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics fm(option.font);
    return {option.rect.width(), fm.height() * 3 + 16};
}

void LibraryItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& pal = option.palette;
    const QRect r = option.rect.adjusted(10, 6, -8, -6);
    const int heardChapter = index.data(ScriptListModel::HeardRole).toInt();
    QFont titleFont = option.font;
    titleFont.setBold(heardChapter == ListeningHistory::kNotHeard); // new to this listener
    const QFontMetrics big(titleFont);
    const QFontMetrics small(option.font);
    painter->save();
    painter->setFont(titleFont);
    painter->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(r.left(), r.top(), r.width(), big.height()),
                      Qt::AlignLeft | Qt::TextDontClip,
                      big.elidedText(index.data(ScriptListModel::TitleRole).toString(),
                                     Qt::ElideRight, r.width()));
    painter->setFont(option.font);
    painter->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    int y = r.top() + big.height() + 2;
    for (const QString& line :
         {index.data(ScriptListModel::SummaryRole).toString(), details(index)}) {
        painter->drawText(QRect(r.left(), y, r.width(), small.height()),
                          Qt::AlignLeft | Qt::TextDontClip,
                          small.elidedText(line, Qt::ElideRight, r.width()));
        y += small.height() + 2;
    }
    painter->restore();
}

} // namespace st
