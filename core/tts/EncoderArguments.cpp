#include "core/tts/EncoderArguments.h"

namespace st {

QStringList EncoderArguments::lame(const QString& wavPath, const QString& mp3Path)
{
    return {QStringLiteral("--quiet"), QStringLiteral("-b"), QStringLiteral("64"), wavPath,
            mp3Path};
}

QString EncoderArguments::chapterTime(qint64 ms)
{
    ms = std::max<qint64>(ms, 0);
    return QStringLiteral("%1:%2:%3.%4")
        .arg(ms / 3'600'000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60'000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QStringList EncoderArguments::opusenc(const QString& wavPath, const QString& opusPath,
                                      const AudioMetadata& metadata, const QString& picturePath)
{
    QStringList args{QStringLiteral("--quiet"), QStringLiteral("--bitrate"), QStringLiteral("32"),
                     QStringLiteral("--speech")};
    if (!metadata.title.isEmpty())
        args << QStringLiteral("--title") << metadata.title.simplified();
    if (!metadata.artist.isEmpty())
        args << QStringLiteral("--artist") << metadata.artist.simplified();
    if (!metadata.album.isEmpty())
        args << QStringLiteral("--album") << metadata.album.simplified();
    if (!metadata.language.isEmpty())
        args << QStringLiteral("--comment")
             << QStringLiteral("LANGUAGE=") + AudioMetadata::iso639_2(metadata.language);
    const int count = std::min<int>(int(metadata.chapters.size()), kMaxOpusChapters);
    for (int i = 0; i < count; ++i) {
        const QString key = QStringLiteral("CHAPTER%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        const AudioChapter& chapter = metadata.chapters[i];
        args << QStringLiteral("--comment") << key + u'=' + chapterTime(chapter.startMs)
             << QStringLiteral("--comment")
             << key + QStringLiteral("NAME=") + chapter.title.simplified();
    }
    if (!picturePath.isEmpty())
        args << QStringLiteral("--picture") << picturePath;
    args << wavPath << opusPath;
    return args;
}

} // namespace st
