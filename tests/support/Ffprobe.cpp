#include "support/Ffprobe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

namespace st {

QString Ffprobe::program()
{
    return QStandardPaths::findExecutable(QStringLiteral("ffprobe"));
}

Ffprobe Ffprobe::read(const QString& path)
{
    Ffprobe probe;
    QProcess process;
    process.start(program(),
                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_chapters"),
                   QStringLiteral("-show_format"), QStringLiteral("-show_streams"),
                   QStringLiteral("-print_format"), QStringLiteral("json"), path});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        probe.error = QString::fromUtf8(process.readAllStandardError());
        return probe;
    }
    QJsonParseError parseError;
    const QJsonObject root =
        QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        probe.error = parseError.errorString();
        return probe;
    }
    for (const QJsonValue& c : root.value(QStringLiteral("chapters")).toArray()) {
        const QJsonObject o = c.toObject();
        probe.chapters.append(
            {o.value(QStringLiteral("tags")).toObject().value(QStringLiteral("title")).toString(),
             o.value(QStringLiteral("start_time")).toString().toDouble(),
             o.value(QStringLiteral("end_time")).toString().toDouble()});
    }
    const QJsonObject format = root.value(QStringLiteral("format")).toObject();
    const auto addTags = [&probe](const QJsonObject& tags) {
        for (auto it = tags.begin(); it != tags.end(); ++it)
            probe.tags.insert(it.key().toLower(), it.value());
    };
    addTags(format.value(QStringLiteral("tags")).toObject());
    probe.durationSeconds = format.value(QStringLiteral("duration")).toString().toDouble();
    for (const QJsonValue& s : root.value(QStringLiteral("streams")).toArray()) {
        const QJsonObject o = s.toObject();
        if (o.value(QStringLiteral("disposition"))
                .toObject()
                .value(QStringLiteral("attached_pic"))
                .toInt() == 1)
            ++probe.attachedPictures;
        else if (o.value(QStringLiteral("codec_type")).toString() == QLatin1String("audio")) {
            probe.audioCodec = o.value(QStringLiteral("codec_name")).toString();
            addTags(o.value(QStringLiteral("tags")).toObject());
        }
    }
    probe.ok = true;
    return probe;
}

} // namespace st
