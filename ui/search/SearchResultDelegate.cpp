#include "ui/search/SearchResultDelegate.h"

#include "core/store/SearchResultModel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

namespace st {
namespace {

constexpr int kPadH = 10;
constexpr int kPadV = 7;
constexpr int kGap = 3;
constexpr int kSnippetLines = 2;

QColor mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

QString SearchResultDelegate::lead(const QModelIndex& index)
{
    if (index.data(SearchResultModel::TitleHitRole).toBool())
        return tr("Title: ");
    if (index.data(SearchResultModel::RoleRole).toString() == QLatin1String("user"))
        return tr("You: ");
    return tr("Narrator: ");
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics fm(option.font);
    return {option.rect.width(), 2 * kPadV + fm.height() + kGap + kSnippetLines * fm.lineSpacing()};
}

void SearchResultDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
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
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor hint = selected ? text : pal.color(QPalette::PlaceholderText);
    const QRect r = option.rect.adjusted(kPadH, kPadV, -kPadH, -kPadV);
    const QFontMetrics fm(option.font);
    painter->save();

    // Name · story ……… date
    const QString date = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(index.data(SearchResultModel::DateRole).toLongLong()),
        QLocale::ShortFormat);
    const int dateWidth = fm.horizontalAdvance(date);
    painter->setPen(hint);
    painter->drawText(QRect(r.right() - dateWidth, r.top(), dateWidth + 1, fm.height()),
                      Qt::AlignRight | Qt::AlignVCenter, date);
    QString heading = index.data(SearchResultModel::SessionNameRole).toString();
    const QString story = index.data(SearchResultModel::StoryTitleRole).toString();
    if (!story.isEmpty() && story != heading)
        heading += QStringLiteral(" · ") + story;
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const int headingWidth = std::max(0, r.width() - dateWidth - 12);
    painter->drawText(QRect(r.left(), r.top(), headingWidth, fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(heading, Qt::ElideRight, headingWidth));

    // Who said it, then the snippet with the searched words emphasized.
    const QString prefix = lead(index);
    const auto result = index.data(SearchResultModel::ResultRole).value<SearchResult>();
    QTextLayout layout(prefix + result.snippet, option.font);
    QList<QTextLayout::FormatRange> formats;
    QTextCharFormat who;
    who.setForeground(hint);
    formats.append({0, int(prefix.size()), who});
    for (const SearchResult::Span& span : result.matches) {
        QTextCharFormat mark;
        mark.setFontWeight(QFont::Bold);
        mark.setBackground(
            mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), selected ? 0.6 : 0.3));
        mark.setForeground(selected ? pal.color(QPalette::Text) : text);
        formats.append({int(prefix.size()) + span.start, span.length, mark});
    }
    layout.setFormats(formats);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    layout.beginLayout();
    qreal y = 0;
    for (int i = 0; i < kSnippetLines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(r.width());
        line.setPosition(QPointF(0, y));
        y += fm.lineSpacing();
    }
    layout.endLayout();
    painter->setPen(text);
    const QRect snippetRect(r.left(), r.top() + fm.height() + kGap, r.width(),
                            kSnippetLines * fm.lineSpacing());
    painter->setClipRect(snippetRect);
    layout.draw(painter, snippetRect.topLeft());
    painter->restore();
}

} // namespace st
