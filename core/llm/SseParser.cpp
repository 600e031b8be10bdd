#include "core/llm/SseParser.h"

#include <limits>
#include <utility>

namespace st {
namespace {

constexpr QByteArrayView kBom("\xEF\xBB\xBF", 3);

void appendCodePoint(QString& text, char32_t codePoint)
{
    if (codePoint < 0x10000) {
        text.append(QChar(char16_t(codePoint)));
    } else {
        text.append(QChar(QChar::highSurrogate(codePoint)));
        text.append(QChar(QChar::lowSurrogate(codePoint)));
    }
}

// The WHATWG Encoding "UTF-8 decode without BOM": each maximal invalid subsequence becomes
// one U+FFFD, and a BOM is kept as U+FEFF (QString::fromUtf8 differs on both).
QString decodeUtf8(QByteArrayView bytes)
{
    QString text;
    text.reserve(bytes.size());
    char32_t codePoint = 0;
    int needed = 0;
    int seen = 0;
    uchar lower = 0x80;
    uchar upper = 0xBF;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = uchar(bytes[i]);
        if (needed == 0) {
            if (byte <= 0x7F) {
                text.append(QChar(char16_t(byte)));
            } else if (byte >= 0xC2 && byte <= 0xDF) {
                needed = 1;
                codePoint = byte & 0x1F;
            } else if (byte >= 0xE0 && byte <= 0xEF) {
                lower = byte == 0xE0 ? 0xA0 : 0x80;
                upper = byte == 0xED ? 0x9F : 0xBF;
                needed = 2;
                codePoint = byte & 0x0F;
            } else if (byte >= 0xF0 && byte <= 0xF4) {
                lower = byte == 0xF0 ? 0x90 : 0x80;
                upper = byte == 0xF4 ? 0x8F : 0xBF;
                needed = 3;
                codePoint = byte & 0x07;
            } else {
                text.append(QChar::ReplacementCharacter);
            }
            continue;
        }
        if (byte < lower || byte > upper) {
            // The sequence is cut short: one U+FFFD, and this byte starts afresh.
            text.append(QChar::ReplacementCharacter);
            needed = seen = 0;
            lower = 0x80;
            upper = 0xBF;
            --i;
            continue;
        }
        lower = 0x80;
        upper = 0xBF;
        codePoint = (codePoint << 6) | (byte & 0x3F);
        if (++seen == needed) {
            appendCodePoint(text, codePoint);
            needed = seen = 0;
        }
    }
    if (needed != 0)
        text.append(QChar::ReplacementCharacter);
    return text;
}

} // namespace

SseParser::SseParser(QString initialLastEventId)
    : m_idBuffer(initialLastEventId), m_lastEventId(std::move(initialLastEventId))
{}

QVector<SseEvent> SseParser::feed(const QByteArray& bytes)
{
    QVector<SseEvent> events;
    if (m_overflowed)
        return events;
    if (!m_atStart) {
        consume(bytes, events);
        return events;
    }
    // Only the very first bytes of a stream may be a BOM; wait until that is decided.
    m_start.append(bytes);
    if (m_start.size() < kBom.size() && kBom.startsWith(m_start))
        return events;
    m_atStart = false;
    const QByteArray start = std::exchange(m_start, QByteArray());
    consume(QByteArrayView(start).sliced(start.startsWith(kBom) ? kBom.size() : 0), events);
    return events;
}

QVector<SseEvent> SseParser::finish()
{
    // "If the file ends in the middle of an event, before the final empty line, the
    // incomplete event is not dispatched." A CR last needs nothing: it already ended its line.
    m_start.clear();
    m_atStart = true;
    m_line.clear();
    m_afterCr = false;
    m_data.clear();
    m_eventType.clear();
    m_idBuffer = m_lastEventId;
    m_error.clear();
    m_hasError = false;
    m_overflowed = false;
    return {};
}

void SseParser::overflow()
{
    m_overflowed = true;
    m_line = QByteArray();
    m_data = QString();
    m_error = QString();
    m_hasError = false;
}

void SseParser::consume(QByteArrayView input, QVector<SseEvent>& events)
{
    const char* p = input.data();
    const char* const end = p + input.size();
    if (m_afterCr && p != end) {
        // The CR that ended the last feed and this LF are one CRLF.
        if (*p == '\n')
            ++p;
        m_afterCr = false;
    }
    while (p != end) {
        const char* eol = p;
        while (eol != end && *eol != '\n' && *eol != '\r')
            ++eol;
        if (eol == end) {
            m_line.append(p, end - p);
            if (m_line.size() > kMaxEventBytes)
                overflow();
            return;
        }
        if (m_line.isEmpty()) {
            processLine(QByteArrayView(p, eol - p), events);
        } else if (m_line.size() + (eol - p) > kMaxEventBytes) {
            overflow();
        } else {
            m_line.append(p, eol - p);
            processLine(m_line, events);
            m_line.resize(0);
        }
        if (m_overflowed)
            return;
        p = eol + 1;
        if (*eol == '\r') {
            if (p == end)
                m_afterCr = true;
            else if (*p == '\n')
                ++p;
        }
    }
}

void SseParser::processLine(QByteArrayView line, QVector<SseEvent>& events)
{
    if (line.isEmpty()) {
        dispatch(events);
        return;
    }
    if (line.front() == ':')
        return; // a comment
    // Field names are ASCII, so the split and the comparisons can work on bytes; U+003A and
    // U+0020 are single bytes that never occur inside a multibyte UTF-8 sequence.
    const qsizetype colon = line.indexOf(':');
    if (colon < 0) {
        processField(line, QByteArrayView());
        return;
    }
    QByteArrayView value = line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    processField(line.first(colon), value);
}

void SseParser::processField(QByteArrayView name, QByteArrayView value)
{
    if (name == QByteArrayView("event")) {
        m_eventType = decodeUtf8(value);
    } else if (name == QByteArrayView("data")) {
        if ((m_data.size() + value.size()) * 2 > kMaxEventBytes) { // UTF-16: 2 bytes a unit
            overflow();
            return;
        }
        m_data += decodeUtf8(value);
        m_data += QLatin1Char('\n');
    } else if (name == QByteArrayView("id")) {
        if (!value.contains('\0'))
            m_idBuffer = decodeUtf8(value);
    } else if (name == QByteArrayView("retry")) {
        if (value.isEmpty())
            return;
        qint64 ms = 0;
        for (const char c : value) {
            if (c < '0' || c > '9')
                return;
            ms = std::min<qint64>(ms * 10 + (c - '0'), std::numeric_limits<int>::max());
        }
        m_retryMs = int(ms);
    } else if (name == QByteArrayView("error")) {
        // Not a WHATWG field: llama.cpp's older builds report a mid-stream error this way.
        if ((m_error.size() + value.size()) * 2 > kMaxEventBytes) {
            overflow();
            return;
        }
        if (m_hasError)
            m_error += QLatin1Char('\n');
        m_error += decodeUtf8(value);
        m_hasError = true;
    }
    // Any other field is ignored.
}

void SseParser::dispatch(QVector<SseEvent>& events)
{
    m_lastEventId = m_idBuffer;
    if (!m_data.isEmpty()) {
        if (m_data.endsWith(QLatin1Char('\n')))
            m_data.chop(1);
        SseEvent event;
        if (!m_eventType.isEmpty())
            event.type = m_eventType;
        event.data = m_data;
        event.id = m_lastEventId;
        events.append(event);
    }
    m_data.clear();
    m_eventType.clear();
    if (m_hasError) {
        events.append(SseEvent{QStringLiteral("error"), m_error, m_lastEventId});
        m_error.clear();
        m_hasError = false;
    }
}

} // namespace st
