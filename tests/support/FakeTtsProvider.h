#pragma once

#include "core/tts/TtsProvider.h"

#include <QHash>
#include <QPointer>
#include <QVector>

namespace st {

/// A voice for tests: each job ends after delayMs (or when the test says, with
/// manual = true) with small "audio" bytes that name the text, or with the error set for
/// that text. Records every request and every cancel.
class FakeTtsProvider : public TtsProvider
{
    Q_OBJECT
public:
    explicit FakeTtsProvider(QString id = QStringLiteral("fake"), QObject* parent = nullptr);

    QString id() const override { return m_id; }
    int maxInputChars() const override { return maxChars; }
    QString defaultVoice(const QString& language) const override;
    TtsJob* synthesize(const TtsRequest& request) override;

    /// The audio a job for \a text produces (with wavMs 0).
    static TtsAudio audioFor(const QString& text);
    /// What this provider's jobs produce for \a text: audioFor(), or a real WAV when wavMs > 0.
    TtsAudio makeAudio(const QString& text) const;

    /// Jobs not yet ended (manual mode), oldest first.
    QVector<TtsJob*> openJobs() const;
    /// Ends the open job for the \a n-th oldest request still open.
    void finishJob(int n = 0);

    int maxChars = 4096;
    /// > 0: jobs return a real 16-bit mono WAV (a quiet tone) this long, at wavRate Hz,
    /// instead of the "FAKE:" bytes.
    int wavMs = 0;
    int wavRate = 22050;
    int delayMs = 0;
    bool manual = false;
    /// Every job fails with this (Kind::None: they succeed)...
    TtsError::Kind failAll = TtsError::Kind::None;
    int failStatus = 0;
    /// ...or only the jobs whose text contains a key here.
    QHash<QString, TtsError::Kind> failFor;
    QVector<TtsRequest> requests;
    int cancelled = 0;
    int maxInFlight = 0;

private:
    QString m_id;
    QVector<QPointer<TtsJob>> m_open;
};

} // namespace st
