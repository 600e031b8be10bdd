#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace st {

class AudiobookMode;

/// The keyboard for the audiobook mode on a page: Ctrl+Shift+L turns "Listen without
/// answering" on and off, Ctrl+Shift+P pauses and goes on, Ctrl+Shift+N starts the next
/// chapter, Ctrl+Shift+X stops; and the media keys (Play, Pause, Play/Pause, Next, Stop),
/// which Qt delivers as key events while the window has focus (no MPRIS service: Qt's
/// Debian packages have no MPRIS helper). The shortcuts live while \a page is shown; the
/// decisions are the mode's.
class AudiobookKeys : public QObject
{
    Q_OBJECT
public:
    AudiobookKeys(QWidget* page, AudiobookMode* mode);

private:
    void add(const QKeySequence& keys, void (AudiobookKeys::*action)());
    void toggle();
    void playPause();
    void play();
    void pause();
    void next();
    void stop();

    QWidget* m_page;
    QPointer<AudiobookMode> m_mode;
};

} // namespace st
