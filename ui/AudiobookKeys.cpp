#include "ui/AudiobookKeys.h"

#include "core/flow/AudiobookMode.h"

#include <QKeySequence>
#include <QShortcut>
#include <QWidget>

namespace st {

AudiobookKeys::AudiobookKeys(QWidget* page, AudiobookMode* mode)
    : QObject(page), m_page(page), m_mode(mode)
{
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), &AudiobookKeys::toggle);
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &AudiobookKeys::playPause);
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &AudiobookKeys::next);
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), &AudiobookKeys::stop);
    add(QKeySequence(Qt::Key_MediaTogglePlayPause), &AudiobookKeys::playPause);
    add(QKeySequence(Qt::Key_MediaPlay), &AudiobookKeys::play);
    add(QKeySequence(Qt::Key_MediaPause), &AudiobookKeys::pause);
    add(QKeySequence(Qt::Key_MediaNext), &AudiobookKeys::next);
    add(QKeySequence(Qt::Key_MediaStop), &AudiobookKeys::stop);
}

void AudiobookKeys::add(const QKeySequence& keys, void (AudiobookKeys::*action)())
{
    // The whole window while the page is shown: media keys go to the focused widget.
    auto* shortcut = new QShortcut(keys, m_page);
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, this, action);
}

void AudiobookKeys::toggle()
{
    if (m_mode)
        m_mode->setOn(!m_mode->isOn());
}

void AudiobookKeys::playPause()
{
    if (!m_mode)
        return;
    if (m_mode->isOn())
        m_mode->togglePause();
    else
        m_mode->setOn(true);
}

void AudiobookKeys::play()
{
    if (!m_mode)
        return;
    if (!m_mode->isOn())
        m_mode->setOn(true);
    else
        m_mode->resume();
}

void AudiobookKeys::pause()
{
    if (m_mode && m_mode->isOn())
        m_mode->pause();
}

void AudiobookKeys::next()
{
    if (m_mode)
        m_mode->skip();
}

void AudiobookKeys::stop()
{
    if (m_mode)
        m_mode->stop();
}

} // namespace st
