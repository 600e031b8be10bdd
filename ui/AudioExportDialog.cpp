#include "ui/AudioExportDialog.h"

#include "core/tts/SessionAudioExporter.h"
#include "core/util/ExportPath.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>

namespace st {

std::optional<AudioExportDialog::Choice>
AudioExportDialog::ask(QWidget* parent, const QString& sessionName, const QString& folder)
{
    // The name offered has no extension, so that the filter chosen can decide.
    const QStringList filters{tr("WAV audio, chapters in a cue sheet beside it (*.wav)"),
                              tr("MP3 audio with chapters (*.mp3)"),
                              tr("Opus audio with chapters (*.opus)")};
    const AudioFormat formats[] = {AudioFormat::Wav, AudioFormat::Mp3, AudioFormat::Opus};
    QString chosen = filters.first();
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export audio"),
                                                      ExportPath::base(sessionName, folder),
                                                      filters.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty())
        return std::nullopt;
    const auto typed = audio_format::fromPath(path);
    const AudioFormat format = typed ? *typed : formats[std::max(0, int(filters.indexOf(chosen)))];
    // The dialog asked about the name typed; the file is that name with the extension.
    const QString audio =
        ExportPath::base(sessionName, path) + u'.' + audio_format::extension(format);
    if (audio != QFileInfo(path).absoluteFilePath() && QFileInfo::exists(audio) &&
        QMessageBox::question(
            parent, tr("Export audio"),
            tr("%1 is already there. Replace it?").arg(QFileInfo(audio).fileName())) !=
            QMessageBox::Yes)
        return std::nullopt;
    return Choice{path, format};
}

std::optional<bool> AudioExportDialog::replaceBeside(QWidget* parent, const QString& sessionName,
                                                     const QString& outputPath, AudioFormat format)
{
    QStringList there;
    for (const QString& beside :
         SessionAudioExporter::besidePaths(sessionName, outputPath, format)) {
        if (QFileInfo::exists(beside))
            there.append(QFileInfo(beside).fileName());
    }
    if (there.isEmpty())
        return false;
    const QString question =
        there.size() > 1
            ? tr("%1 are already there. The transcript and the cue sheet are saved beside the "
                 "audio under those names. Replace them?")
                  .arg(QLocale().createSeparatedList(there))
        : there.first().endsWith(QLatin1String(".cue"))
            ? tr("%1 is already there. The cue sheet (the chapters) is saved beside the audio "
                 "under that name. Replace it?")
                  .arg(there.first())
            : tr("%1 is already there. The transcript is saved beside the audio under that "
                 "name. Replace it?")
                  .arg(there.first());
    if (QMessageBox::question(parent, tr("Export audio"), question) != QMessageBox::Yes)
        return std::nullopt;
    return true;
}

} // namespace st
