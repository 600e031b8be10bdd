#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace st {

class NarrationController;

/// The read-aloud controls under the conversation: auto-narrate, play/pause, stop, speed,
/// the voice settings, and what is being read now.
class NarrationBar : public QWidget
{
    Q_OBJECT
public:
    explicit NarrationBar(QWidget* parent = nullptr);

    void setNarration(NarrationController* narration);
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
    void showReading(const QString& text);

    QPointer<NarrationController> m_narration;
    QCheckBox* m_auto;
    QPushButton* m_play;
    QPushButton* m_stop;
    QComboBox* m_speed;
    QLabel* m_reading;
    QPushButton* m_voice;
    QPushButton* m_export;
    QString m_sentence;
    QString m_readingText; // the indicator's whole text (the label shows it elided)
};

} // namespace st
