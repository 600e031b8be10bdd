#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace st {

class AudiobookMode;
class NarrationController;

/// The read-aloud controls under the conversation: auto-narrate, play/pause, stop, speed,
/// the voice settings, and what is being read now; and "Listen without answering" (the
/// audiobook mode) with its next-chapter button. While that mode is on, play/pause and stop
/// pause and stop the mode (the voice with it).
class NarrationBar : public QWidget
{
    Q_OBJECT
public:
    explicit NarrationBar(QWidget* parent = nullptr);

    void setNarration(NarrationController* narration);
    /// The audiobook switch binds to \a mode (nullptr: no switch).
    void setAudiobook(AudiobookMode* mode);
    /// Shows the Export audio… button (exportRequested()).
    void setExportAvailable(bool available);

Q_SIGNALS:
    /// Play pressed with nothing being read: the page chooses what to read.
    void playRequested();
    void voiceSettingsRequested();
    void exportRequested();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslateUi();
    void updateState();
    void playOrPause();
    void stopReading();
    void updateVisibility();
    void showReading(const QString& text);

    QPointer<NarrationController> m_narration;
    QPointer<AudiobookMode> m_audiobook;
    QCheckBox* m_auto;
    QPushButton* m_play;
    QPushButton* m_stop;
    QComboBox* m_speed;
    QLabel* m_reading;
    QPushButton* m_voice;
    QPushButton* m_export;
    QPushButton* m_listen;
    QPushButton* m_next;
    QString m_sentence;
    QString m_readingText; // the indicator's whole text (the label shows it elided)
};

} // namespace st
