#pragma once

// What the PulseAudio server says, through pactl: whether one answers, and which playback
// streams (sink inputs) it has right now. The playback test uses it to see that a clip
// really went through the sound server, not into GStreamer's fake sink.
#include <QHash>
#include <QString>
#include <QStringList>

namespace st::audiotest {

struct PulseServer
{
    bool reachable = false;
    /// What pactl printed on failure (or that pactl is missing).
    QString problem;
    /// "Default Sink:" from `pactl info` (empty when unknown).
    QString defaultSink;
};

/// Runs `pactl info`.
PulseServer probePulse();

struct SinkInput
{
    int index = -1;
    QString sink;      // the sink's index, as pactl prints it
    qint64 pid = -1;   // application.process.id, -1 when absent
    QString mediaName; // media.name
};

/// `pactl list sink-inputs`, parsed: the streams playing on the server now.
QList<SinkInput> sinkInputs();
/// `pactl list short sinks`: each sink's name by its index.
QHash<QString, QString> sinkNames();

/// STORYTELLER_REQUIRE_PULSE=1: a server must answer (CI starts one).
bool pulseRequired();

} // namespace st::audiotest
