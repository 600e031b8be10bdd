#include "core/tts/CueSheet.h"

#include <QStringList>

namespace st {
namespace {

QString quoted(const QString& text)
{
    QString safe = text.simplified();
    bool open = true;
    for (QChar& c : safe) {
        if (c == u'"') {
            c = open ? QChar(0x201C) : QChar(0x201D);
            open = !open;
        }
    }
    return u'"' + safe + u'"';
}

} // namespace

QString CueSheet::time(qint64 ms)
{
    ms = std::max<qint64>(ms, 0);
    const qint64 frames = ms * 75 / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(frames / (75 * 60), 2, 10, QLatin1Char('0'))
        .arg(frames / 75 % 60, 2, 10, QLatin1Char('0'))
        .arg(frames % 75, 2, 10, QLatin1Char('0'));
}

QString CueSheet::text(const QString& wavFileName, const AudioMetadata& metadata)
{
    QStringList lines;
    if (!metadata.title.isEmpty())
        lines << QStringLiteral("TITLE ") + quoted(metadata.title);
    if (!metadata.artist.isEmpty())
        lines << QStringLiteral("PERFORMER ") + quoted(metadata.artist);
    lines << QStringLiteral("FILE %1 WAVE").arg(quoted(wavFileName));
    const int count = std::min<int>(int(metadata.chapters.size()), kMaxTracks);
    for (int i = 0; i < count; ++i) {
        const AudioChapter& chapter = metadata.chapters[i];
        lines << QStringLiteral("  TRACK %1 AUDIO").arg(i + 1, 2, 10, QLatin1Char('0'))
              << QStringLiteral("    TITLE ") + quoted(chapter.title)
              << QStringLiteral("    INDEX 01 ") + time(chapter.startMs);
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace st
