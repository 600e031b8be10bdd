#include "ui/sidebar/SessionItemDelegate.h"

#include "core/store/SessionListModel.h"
#include "core/text/Languages.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace st {

namespace {

/// The history section this row opens, or -1 when it continues the one above.
int sectionStartedBy(const QModelIndex& index)
{
    const int group = index.data(SessionListModel::GroupRole).toInt();
    if (group == SessionListModel::Current)
        return -1; // the current session is on top without a heading
    if (index.row() > 0 &&
        index.sibling(index.row() - 1, 0).data(SessionListModel::GroupRole).toInt() == group)
        return -1;
    return group;
}

QString languageName(const QModelIndex& index)
{
    return Languages::nativeName(index.data(SessionListModel::LanguageRole).toString());
}

} // namespace

QString SessionItemDelegate::sectionTitle(int group)
{
    switch (group) {
    case SessionListModel::Today:
        return tr("Today");
    case SessionListModel::Yesterday:
        return tr("Yesterday");
    case SessionListModel::ThisWeek:
        return tr("This week");
    case SessionListModel::Older:
        return tr("Older");
    default:
        return {};
    }
}

QString SessionItemDelegate::details(const QModelIndex& index)
{
    QString title = index.data(SessionListModel::TitleRole).toString();
    if (title.isEmpty())
        return tr("No story chosen yet");
    QStringList parts{title, languageName(index)};
    const int chapter = index.data(SessionListModel::ChapterRole).toInt();
    if (chapter > 0)
        parts.append(tr("ch. %1").arg(chapter));
    const QDateTime last = index.data(SessionListModel::LastUsedRole).toDateTime();
    const int group = index.data(SessionListModel::GroupRole).toInt();
    parts.append(group == SessionListModel::Today || group == SessionListModel::Current
                     ? QLocale().toString(last.time(), QLocale::ShortFormat)
                     : QLocale().toString(last.date(), QLocale::ShortFormat));
    return parts.join(QStringLiteral(" · "));
}

QSize SessionItemDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    const QFontMetrics fm(option.font);
    const int header = sectionStartedBy(index) >= 0 ? fm.height() + 10 : 0;
    return {option.rect.width(), fm.height() * 2 + 14 + header};
}

void SessionItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const int section = sectionStartedBy(index);
    const QFontMetrics headerMetrics(option.font);
    const int header = section >= 0 ? headerMetrics.height() + 10 : 0;
    if (section >= 0) {
        QFont headerFont = option.font;
        headerFont.setBold(true);
        painter->save();
        painter->setFont(headerFont);
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawText(option.rect.adjusted(4, 6, -4, 0), Qt::AlignLeft | Qt::AlignTop,
                          sectionTitle(section));
        painter->restore();
        opt.rect.setTop(opt.rect.top() + header);
    }
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool current = index.data(SessionListModel::CurrentRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& pal = option.palette;
    const QRect r = option.rect.adjusted(10, 6 + header, -8, -6);
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
    const QString title = details(index);
    painter->setFont(option.font);
    painter->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    const QFontMetrics small(option.font);
    painter->drawText(QRect(r.left(), r.top() + fm.height() + 2, r.width(), small.height()),
                      Qt::AlignLeft, small.elidedText(title, Qt::ElideRight, r.width()));
    painter->restore();
}

} // namespace st
