#include "ui/MessageDelegate.h"

#include "core/store/MessageListModel.h"
#include "ui/MarkdownText.h"
#include "ui/Theme.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace st {
namespace {

constexpr int kOuterH = 18;
constexpr int kOuterV = 7;
constexpr int kPadding = 14;
constexpr int kCaptionGap = 4;
constexpr int kMaxBubble = 760;

bool isUser(const QModelIndex& index)
{
    return index.data(MessageListModel::RoleRole).toString() == QLatin1String("user");
}

int viewWidth(const QStyleOptionViewItem& option)
{
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget))
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 600;
}

QColor mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

struct MessageDelegate::Layout
{
    QRect bubble;
    QRect caption;
    QRect text;
    int textWidth = 0;
    int maxTextWidth = 0; // the width the text is laid out at
};

MessageDelegate::MessageDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QString MessageDelegate::displayText(const QModelIndex& index)
{
    const QString content = index.data(MessageListModel::ContentRole).toString();
    const QString original = index.data(MessageListModel::OriginalRole).toString();
    if (original.isEmpty())
        return content;
    return content + QStringLiteral("\n\n") + tr("You wrote: %1").arg(original);
}

bool MessageDelegate::isMarkdown(const QModelIndex& index)
{
    return index.data(MessageListModel::RoleRole).toString() == QLatin1String("assistant");
}

QString MessageDelegate::caption(const QModelIndex& index)
{
    QString text;
    if (isUser(index)) {
        text = index.data(MessageListModel::OriginalRole).toString().isEmpty()
                   ? tr("You")
                   : tr("You · translated");
    } else {
        const int chapter = index.data(MessageListModel::ChapterRole).toInt();
        text = chapter > 0 ? tr("Narrator · chapter %1").arg(chapter) : tr("Narrator");
    }
    const QString status = index.data(MessageListModel::StatusRole).toString();
    if (status == QLatin1String("streaming"))
        text += QStringLiteral(" · ") + tr("telling…");
    else if (status == QLatin1String("interrupted"))
        text += QStringLiteral(" · ") + tr("stopped");
    else if (status == QLatin1String("error"))
        text += QStringLiteral(" · ") + tr("cut off by an error");
    const int tokens = index.data(MessageListModel::CompletionTokensRole).toInt();
    if (!isUser(index) && tokens >= 0 && status == QLatin1String("complete"))
        text += QStringLiteral(" · ") + tr("%1 tokens").arg(tokens);
    return text;
}

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem& option,
                                                const QModelIndex& index) const
{
    Layout l;
    const int width = viewWidth(option);
    const int bubbleMax = std::max(160, std::min(kMaxBubble, int(width * 0.82)) - 2 * kOuterH);
    const QTextDocument& doc = text(option, index, bubbleMax - 2 * kPadding);
    // As wide as its widest line (the same lines as at the widest bubble).
    const int ideal = std::min<int>(bubbleMax - 2 * kPadding, int(std::ceil(doc.idealWidth())) + 2);
    const QFontMetrics small(option.font);
    const int captionH = small.height();
    const int textH = int(std::ceil(doc.size().height()));
    const int captionW = small.horizontalAdvance(shownCaption(index));
    const int bubbleW = std::max(ideal, captionW) + 2 * kPadding;
    const int bubbleH = captionH + kCaptionGap + textH + 2 * kPadding;
    const int left = isUser(index) ? option.rect.left() + width - kOuterH - bubbleW
                                   : option.rect.left() + kOuterH;
    l.bubble = QRect(left, option.rect.top() + kOuterV, bubbleW, bubbleH);
    l.caption = QRect(left + kPadding, l.bubble.top() + kPadding, bubbleW - 2 * kPadding, captionH);
    l.text = QRect(left + kPadding, l.caption.bottom() + 1 + kCaptionGap, ideal, textH);
    l.textWidth = ideal;
    l.maxTextWidth = bubbleMax - 2 * kPadding;
    return l;
}

const QTextDocument& MessageDelegate::text(const QStyleOptionViewItem& option,
                                           const QModelIndex& index, int width) const
{
    const QString shown = displayText(index);
    qint64 key = index.data(MessageListModel::IdRole).toLongLong();
    if (key <= 0) // not saved yet (or a model without ids): by its text
        key = -qint64(qHash(shown)) - 1;
    return m_texts.document(key, shown, Theme::readingFont(option.widget), width,
                            isMarkdown(index) ? MessageTextCache::Format::Markdown
                                              : MessageTextCache::Format::Plain);
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString content = displayText(index);
    const quint64 key =
        (quint64(qHash(content)) << 20) ^ quint64(viewWidth(option)) ^
        (quint64(isUser(index)) << 19) ^ (quint64(isMarkdown(index)) << 17) ^
        (quint64(m_readingId && index.data(MessageListModel::IdRole).toLongLong() == m_readingId)
         << 18) ^
        quint64(qHash(index.data(MessageListModel::StatusRole).toString())) << 7;
    const auto it = m_sizes.constFind(key);
    if (it != m_sizes.constEnd())
        return *it;
    const Layout l = layout(option, index);
    const QSize size(viewWidth(option), l.bubble.height() + 2 * kOuterV);
    if (m_sizes.size() > 20000)
        m_sizes.clear();
    m_sizes.insert(key, size);
    return size;
}

QString MessageDelegate::shownCaption(const QModelIndex& index) const
{
    if (m_readingId && index.data(MessageListModel::IdRole).toLongLong() == m_readingId)
        return caption(index) + QStringLiteral(" · ") + tr("reading aloud");
    return caption(index);
}

void MessageDelegate::setReading(qint64 messageId, const QString& sentence)
{
    m_readingId = messageId;
    m_readingSentence = messageId ? sentence : QString();
    m_readingShown = MarkdownText::shown(m_readingSentence);
}

QRect MessageDelegate::bubbleRect(const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    return layout(option, index).bubble;
}

QRect MessageDelegate::lastLineRect(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    const Layout l = layout(option, index);
    const QTextDocument& doc = text(option, index, l.maxTextWidth);
    const QTextBlock block = doc.lastBlock();
    const QTextLayout* lines = block.layout();
    if (!lines || lines->lineCount() == 0)
        return l.text;
    const QRectF line = lines->lineAt(lines->lineCount() - 1).rect().translated(lines->position());
    // The whole width of the text (a line's own rect ends where its glyphs do), a pixel
    // either side for antialiasing.
    return QRect(l.text.left() - 1, l.text.top() + int(std::floor(line.top())) - 1,
                 l.text.width() + 2, int(std::ceil(line.height())) + 2);
}

const QTextDocument& MessageDelegate::document(const QStyleOptionViewItem& option,
                                               const QModelIndex& index) const
{
    return text(option, index, layout(option, index).maxTextWidth);
}

void MessageDelegate::invalidate(const QModelIndex& index)
{
    Q_EMIT sizeHintChanged(index);
}

void MessageDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    const Layout l = layout(option, index);
    const QPalette& pal = option.palette;
    const bool user = isUser(index);
    const QColor base = pal.color(QPalette::Base);
    const QColor accent = pal.color(QPalette::Highlight);
    const bool highlighted =
        m_highlightedId && index.data(MessageListModel::IdRole).toLongLong() == m_highlightedId;
    QColor fill = user ? mix(base, accent, 0.22) : mix(base, pal.color(QPalette::Text), 0.05);
    if (highlighted)
        fill = mix(fill, accent, 0.25);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(l.bubble).adjusted(0.5, 0.5, -0.5, -0.5), 12, 12);
    painter->fillPath(path, fill);
    painter->setPen(mix(fill, pal.color(QPalette::Text), 0.12));
    painter->drawPath(path);

    QFont captionFont = option.font;
    captionFont.setBold(true);
    painter->setFont(captionFont);
    painter->setPen(user ? mix(pal.color(QPalette::Text), accent, 0.6)
                         : mix(pal.color(QPalette::Text), base, 0.4));
    const bool reading =
        m_readingId && index.data(MessageListModel::IdRole).toLongLong() == m_readingId;
    const QString captionText = shownCaption(index);
    if (reading || highlighted) {
        painter->setPen(QPen(accent, 2));
        painter->drawPath(path);
        painter->setPen(mix(pal.color(QPalette::Text), accent, 0.6));
    }
    painter->drawText(l.caption, Qt::AlignLeft | Qt::AlignVCenter, captionText);

    const QTextDocument& doc = text(option, index, l.maxTextWidth);
    QAbstractTextDocumentLayout::PaintContext ctx;
    if (reading && !m_readingSentence.isEmpty()) {
        // The sentence sounding now, marked like a highlighter pen.
        QAbstractTextDocumentLayout::Selection mark;
        if (isMarkdown(index)) { // as formatted: "**Bold** words." is "Bold words."
            mark.cursor = doc.find(m_readingShown);
            if (mark.cursor.isNull()) // a mark left unpaired by the sentence's end
                mark.cursor = doc.find(QString(m_readingShown).remove(u'*').remove(u'`'));
        } else {
            mark.cursor = doc.find(m_readingSentence);
        }
        mark.format.setBackground(mix(fill, accent, 0.35));
        if (!mark.cursor.isNull())
            ctx.selections.append(mark);
    }
    painter->translate(l.text.topLeft());
    ctx.palette = pal;
    ctx.palette.setColor(QPalette::Text, pal.color(QPalette::Text));
    // Only what is exposed: a long reply scrolled half out of view draws half its lines, and
    // a reply growing within its last line redraws that line.
    const QRectF whole(QPointF(), QSizeF(l.text.size()));
    ctx.clip = m_exposed.isNull()
                   ? whole
                   : QRectF(m_exposed).translated(-l.text.topLeft()).intersected(whole);
    if (!ctx.clip.isEmpty()) // (an empty clip would mean "everything" to the layout)
        doc.documentLayout()->draw(painter, ctx);
    painter->restore();
}

} // namespace st
