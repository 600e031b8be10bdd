#include "core/web/TextRenderer.h"

namespace st {
namespace {

bool givesNoText(Tag t)
{
    switch (t) {
    case Tag::Head:
    case Tag::Title:
    case Tag::Meta:
    case Tag::Link:
    case Tag::Base:
    case Tag::Script:
    case Tag::Style:
    case Tag::Noscript:
    case Tag::Template:
    case Tag::Svg:
    case Tag::Iframe:
    case Tag::Object:
    case Tag::Embed:
    case Tag::Button:
    case Tag::Input:
    case Tag::Select:
    case Tag::Option:
    case Tag::Textarea:
        return true;
    default:
        return false;
    }
}

class Lines
{
public:
    void text(const QString& text, bool preformatted)
    {
        for (const QChar c : text) {
            if (preformatted && c == QLatin1Char('\n')) {
                breakLine();
            } else if (c.isSpace()) {
                m_space = m_lineStart < m_out.size();
            } else {
                if (m_space)
                    m_out += QLatin1Char(' ');
                m_space = false;
                m_out += c;
            }
        }
    }

    void breakLine()
    {
        if (m_lineStart < m_out.size()) {
            m_out += QLatin1Char('\n');
            m_lineStart = m_out.size();
        }
        m_space = false;
    }

    QString take()
    {
        if (m_out.endsWith(QLatin1Char('\n')))
            m_out.chop(1);
        return std::move(m_out);
    }

private:
    QString m_out;
    qsizetype m_lineStart = 0; // where the current line starts in m_out
    bool m_space = false;      // whitespace seen since the last character of the line
};

} // namespace

QString TextRenderer::render(const DomTree& tree, int root)
{
    Lines lines;
    int preDepth = 0;
    const auto enter = [&](int n) {
        if (tree.isText(n)) {
            lines.text(tree.text(n), preDepth > 0);
            return false;
        }
        if (!tree.isElement(n))
            return true;
        const Tag t = tree.tag(n);
        if (givesNoText(t))
            return false;
        if (tags::isLineBlock(t))
            lines.breakLine();
        preDepth += t == Tag::Pre ? 1 : 0;
        return true;
    };
    const auto leave = [&](int n) {
        if (!tree.isElement(n))
            return;
        const Tag t = tree.tag(n);
        preDepth -= t == Tag::Pre ? 1 : 0;
        if (tags::isLineBlock(t))
            lines.breakLine();
    };

    int n = root;
    while (true) {
        const bool descend = enter(n);
        if (descend && tree.firstChild(n) != DomTree::kNone) {
            n = tree.firstChild(n);
            continue;
        }
        if (descend)
            leave(n);
        while (n != root && tree.next(n) == DomTree::kNone) {
            n = tree.parent(n);
            leave(n);
        }
        if (n == root)
            break;
        n = tree.next(n);
    }
    return lines.take();
}

} // namespace st
