#include "core/llm/NdjsonParser.h"

#include <utility>

namespace st {
namespace {

QByteArray withoutCr(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

QVector<QByteArray> NdjsonParser::feed(const QByteArray& bytes)
{
    QVector<QByteArray> lines;
    qsizetype from = 0;
    while (from < bytes.size() && !m_overflowed) {
        const qsizetype newline = bytes.indexOf('\n', from);
        const qsizetype taken = (newline < 0 ? bytes.size() : newline) - from;
        if (m_line.size() + taken > kMaxLineBytes) {
            m_overflowed = true;
            m_line = QByteArray();
            break;
        }
        if (newline < 0) {
            m_line.append(bytes.constData() + from, bytes.size() - from);
            break;
        }
        m_line.append(bytes.constData() + from, newline - from);
        QByteArray line = withoutCr(std::exchange(m_line, QByteArray()));
        if (!line.isEmpty())
            lines.append(line);
        from = newline + 1;
    }
    return lines;
}

QByteArray NdjsonParser::finish()
{
    m_overflowed = false;
    return withoutCr(std::exchange(m_line, QByteArray()));
}

} // namespace st
