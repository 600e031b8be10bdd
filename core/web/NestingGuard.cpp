#include "core/web/NestingGuard.h"

#include <QByteArrayView>
#include <QHash>
#include <vector>

namespace st {
namespace {

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == ':' || c == '_';
}

/// Up to \a length bytes of \a a from \a pos (to the end when length < 0), clamped.
QByteArrayView slice(const QByteArray& a, qsizetype pos, qsizetype length = -1)
{
    pos = qBound<qsizetype>(0, pos, a.size());
    const qsizetype available = a.size() - pos;
    return QByteArrayView(a.constData() + pos, length < 0 ? available : qMin(length, available));
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool oneOf(QByteArrayView name, std::initializer_list<const char*> names)
{
    for (const char* n : names) {
        if (name == QByteArrayView(n))
            return true;
    }
    return false;
}

/// Elements that never nest: void ones, and those the parser closes by itself.
bool opensNoLevel(QByteArrayView name)
{
    return oneOf(name, {"area",     "base",  "br",     "col",      "embed",    "hr",      "img",
                        "image",    "input", "keygen", "link",     "meta",     "param",   "source",
                        "track",    "wbr",   "p",      "li",       "dt",       "dd",      "option",
                        "optgroup", "tr",    "td",     "th",       "tbody",    "thead",   "tfoot",
                        "rb",       "rt",    "rp",     "rtc",      "colgroup", "caption", "html",
                        "head",     "body",  "frame",  "basefont", "bgsound",  "menuitem"});
}

/// The elements that bound the default scope (HTML's "has an element in scope"), those of
/// them that can be open here (html, td, th and caption never are: see opensNoLevel). Names
/// are lower case here: MathML's and SVG's text integration points as the scan sees them.
bool isScopeBoundary(QByteArrayView name)
{
    return oneOf(name, {"applet", "marquee", "object", "table", "template", "mi", "mo", "mn", "ms",
                        "mtext", "annotation-xml", "foreignobject", "desc"});
}

bool isRawText(QByteArrayView name)
{
    return oneOf(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                        "noframes", "plaintext"});
}

class Scanner
{
public:
    Scanner(const QByteArray& html, int maxDepth) : m_in(html), m_max(maxDepth)
    {
        m_svg = internedId("svg");
        m_math = internedId("math");
    }

    QByteArray run()
    {
        const qsizetype n = m_in.size();
        qsizetype i = 0;
        while (i < n) {
            i = m_in.indexOf('<', i);
            if (i < 0 || i + 1 >= n)
                break;
            const char c = m_in.at(i + 1);
            if (c == '!' || c == '?') {
                i = skipMarkup(i);
            } else if (c == '/' && i + 2 < n && isLetter(m_in.at(i + 2))) {
                i = endTag(i);
            } else if (isLetter(c)) {
                i = startTag(i);
            } else {
                ++i;
            }
        }
        if (!m_dropped)
            return m_in;
        m_out.append(slice(m_in, m_copied));
        return m_out;
    }

private:
    qsizetype skipMarkup(qsizetype i) const
    {
        if (slice(m_in, i, 4) == QByteArrayView("<!--")) {
            const qsizetype end = m_in.indexOf("-->", i + 4);
            return end < 0 ? m_in.size() : end + 3;
        }
        const qsizetype end = m_in.indexOf('>', i);
        return end < 0 ? m_in.size() : end + 1;
    }

    qsizetype readName(qsizetype i, QByteArray* name) const
    {
        const qsizetype start = i;
        while (i < m_in.size() && isNameChar(m_in.at(i)))
            ++i;
        *name = m_in.mid(start, i - start).toLower();
        return i;
    }

    /// The position after the tag's '>', quotes in attribute values respected.
    qsizetype tagEnd(qsizetype i, bool* selfClosing) const
    {
        const qsizetype n = m_in.size();
        while (i < n && m_in.at(i) != '>') {
            if (m_in.at(i) == '=') {
                ++i;
                while (i < n && (m_in.at(i) == ' ' || m_in.at(i) == '\t' || m_in.at(i) == '\n'))
                    ++i;
                if (i < n && (m_in.at(i) == '"' || m_in.at(i) == '\'')) {
                    const qsizetype close = m_in.indexOf(m_in.at(i), i + 1);
                    i = close < 0 ? n : close + 1;
                }
                continue;
            }
            ++i;
        }
        *selfClosing = i > 0 && i < n && m_in.at(i - 1) == '/';
        return i < n ? i + 1 : n;
    }

    qsizetype endTag(qsizetype i)
    {
        QByteArray name;
        const qsizetype after = readName(i + 2, &name);
        const auto id = m_ids.constFind(name);
        if (id != m_ids.constEnd() && m_counts[std::size_t(*id)] > 0 && inScope(*id)) {
            while (!m_stack.empty()) {
                const int top = m_stack.back();
                m_stack.pop_back();
                --m_counts[std::size_t(top)];
                if (top == m_svg || top == m_math)
                    --m_foreign;
                if (top == *id)
                    break;
            }
        }
        const qsizetype end = m_in.indexOf('>', after);
        return end < 0 ? m_in.size() : end + 1;
    }

    qsizetype startTag(qsizetype i)
    {
        QByteArray name;
        bool selfClosing = false;
        const qsizetype end = tagEnd(readName(i + 1, &name), &selfClosing);
        if (isRawText(name)) {
            const QByteArray close = "</" + name;
            qsizetype j = end;
            while (true) {
                j = m_in.indexOf("</", j);
                if (j < 0)
                    return m_in.size();
                if (j + close.size() <= m_in.size() &&
                    qstrnicmp(m_in.constData() + j, close.constData(), uint(close.size())) == 0)
                    return j;
                j += 2;
            }
        }
        if (opensNoLevel(name) || (selfClosing && m_foreign > 0))
            return end;
        if (int(m_stack.size()) >= m_max) { // drop the tag
            m_out.append(slice(m_in, m_copied, i - m_copied));
            m_copied = end;
            m_dropped = true;
            return end;
        }
        const int id = internedId(name);
        m_stack.push_back(id);
        ++m_counts[std::size_t(id)];
        if (id == m_svg || id == m_math)
            ++m_foreign;
        return end;
    }

    /// Whether an end tag for \a id reaches an open one: not past a scope boundary (the
    /// HTML parser's "has an element in scope", its default scope), where it is ignored.
    bool inScope(int id) const
    {
        for (auto it = m_stack.rbegin(); it != m_stack.rend(); ++it) {
            if (*it == id)
                return true;
            if (m_boundary[std::size_t(*it)])
                return false;
        }
        return false;
    }

    int internedId(const QByteArray& name)
    {
        const auto found = m_ids.constFind(name);
        if (found != m_ids.constEnd())
            return *found;
        const int id = int(m_counts.size());
        m_ids.insert(name, id);
        m_counts.push_back(0);
        m_boundary.push_back(isScopeBoundary(name));
        return id;
    }

    const QByteArray& m_in;
    const int m_max;
    QByteArray m_out;
    qsizetype m_copied = 0; // m_in before this is in m_out (once something was dropped)
    bool m_dropped = false;
    int m_svg = 0, m_math = 0;
    QHash<QByteArray, int> m_ids;
    std::vector<int> m_counts;    // per name id: how many are open
    std::vector<bool> m_boundary; // per name id: a scope boundary
    std::vector<int> m_stack;
    int m_foreign = 0; // <svg>/<math> seen open: "/>" closes elements there
};

} // namespace

QByteArray NestingGuard::cap(const QByteArray& html, int maxDepth)
{
    return Scanner(html, maxDepth).run();
}

} // namespace st
