#pragma once

// Shared by the tts tests: run a job to its end, and real audio fixtures made at run time
// with espeak-ng (WAV) and lame (MP3 from that WAV).
#include "core/tts/TtsJob.h"
#include "core/tts/TtsProvider.h"

#include <QByteArray>
#include <QSignalSpy>
#include <QString>

namespace st::ttstest {

struct JobRun
{
    bool ended = false;
    int finished = 0;
    int failed = 0;
    TtsAudio audio;
    TtsError error;
};

/// Waits (up to \a timeoutMs) for \a job to end and for a little after it (to catch a
/// second signal), then deletes it.
JobRun waitFor(TtsJob* job, int timeoutMs = 10000);
/// synthesize() then waitFor().
JobRun speak(TtsProvider& provider, const TtsRequest& request, int timeoutMs = 10000);
TtsRequest request(const QString& text, const QString& language = QStringLiteral("en"));

/// A WAV spoken by espeak-ng (empty when it is missing).
QByteArray espeakWav(const QString& text = QStringLiteral("Hello there, this is a test."));
/// That WAV as MP3 through lame (empty when lame is missing). Cached per process.
QByteArray lameMp3();
bool hasProgram(const QString& name);
/// An executable shell script \a body named \a name in \a dir (a stand-in program).
QString fakeProgram(const QString& dir, const QString& name, const QByteArray& body);

} // namespace st::ttstest
