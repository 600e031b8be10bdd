#include "ui/NarrationBar.h"

#include "core/flow/AudiobookMode.h"
#include "core/flow/NarrationController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <cmath>

namespace st {
namespace {

const double kSpeeds[] = {0.75, 1.0, 1.25, 1.5, 2.0};

} // namespace

NarrationBar::NarrationBar(QWidget* parent)
    : QWidget(parent), m_auto(new QCheckBox(this)), m_play(new QPushButton(this)),
      m_stop(new QPushButton(this)), m_speed(new QComboBox(this)), m_reading(new QLabel(this)),
      m_voice(new QPushButton(this)), m_export(new QPushButton(this)),
      m_listen(new QPushButton(this)), m_next(new QPushButton(this))
{
    setObjectName(QStringLiteral("narrationBar"));
    m_auto->setObjectName(QStringLiteral("autoNarrateCheck"));
    m_play->setObjectName(QStringLiteral("narrationPlayButton"));
    m_stop->setObjectName(QStringLiteral("narrationStopButton"));
    m_speed->setObjectName(QStringLiteral("narrationSpeedCombo"));
    m_reading->setObjectName(QStringLiteral("narrationReading"));
    m_voice->setObjectName(QStringLiteral("voiceSettingsButton"));
    m_export->setObjectName(QStringLiteral("exportAudioButton"));
    m_listen->setObjectName(QStringLiteral("listenWithoutAnsweringButton"));
    m_next->setObjectName(QStringLiteral("nextChapterButton"));
    m_listen->setCheckable(true);
    m_next->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    m_reading->setProperty("role", QStringLiteral("hint"));
    m_reading->setTextFormat(Qt::PlainText);
    m_reading->setMinimumWidth(80);
    m_reading->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_stop->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_voice->setFlat(true);
    m_export->setFlat(true);
    for (const double speed : kSpeeds)
        m_speed->addItem(QString(), speed);

    // The audiobook switch on a line of its own: with it the controls would not fit one
    // line at large fonts.
    auto* listenRow = new QHBoxLayout;
    listenRow->addWidget(m_listen);
    listenRow->addWidget(m_next);
    listenRow->addStretch(1);
    auto* layout = new QHBoxLayout;
    layout->addWidget(m_auto);
    layout->addWidget(m_play);
    layout->addWidget(m_stop);
    layout->addWidget(m_speed);
    layout->addWidget(m_reading, 1);
    layout->addWidget(m_voice);
    layout->addWidget(m_export);
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(listenRow);
    rows->addLayout(layout);

    connect(m_auto, &QCheckBox::toggled, this, [this](bool on) {
        if (m_narration)
            m_narration->setAutoNarrate(on);
    });
    connect(m_play, &QPushButton::clicked, this, &NarrationBar::playOrPause);
    connect(m_stop, &QPushButton::clicked, this, &NarrationBar::stopReading);
    connect(m_listen, &QPushButton::clicked, this, [this](bool on) {
        if (m_audiobook && !m_audiobook->setOn(on))
            m_listen->setChecked(m_audiobook->isOn()); // the story has ended
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_audiobook)
            m_audiobook->skip();
    });
    connect(m_speed, &QComboBox::activated, this, [this](int index) {
        if (m_narration)
            m_narration->setSpeed(m_speed->itemData(index).toDouble());
    });
    connect(m_voice, &QPushButton::clicked, this, &NarrationBar::voiceSettingsRequested);
    connect(m_export, &QPushButton::clicked, this, &NarrationBar::exportRequested);
    m_export->hide(); // shown once an exporter is wired
    retranslateUi();
    updateState();
}

void NarrationBar::setNarration(NarrationController* narration)
{
    if (m_narration)
        disconnect(m_narration, nullptr, this, nullptr);
    m_narration = narration;
    updateVisibility();
    if (!narration)
        return;
    m_auto->setChecked(narration->autoNarrate());
    const double speed = narration->speed();
    int best = 1;
    for (int i = 0; i < m_speed->count(); ++i) {
        if (std::abs(m_speed->itemData(i).toDouble() - speed) <
            std::abs(m_speed->itemData(best).toDouble() - speed))
            best = i;
    }
    m_speed->setCurrentIndex(best);
    connect(narration, &NarrationController::stateChanged, this, [this] {
        if (m_narration && m_narration->state() == NarrationQueue::State::Idle)
            m_sentence.clear();
        updateState();
    });
    connect(narration, &NarrationController::sentenceStarted, this,
            [this](qint64, int, const QString& text) {
                m_sentence = text;
                updateState();
            });
    updateState();
}

void NarrationBar::setAudiobook(AudiobookMode* mode)
{
    if (m_audiobook)
        disconnect(m_audiobook, nullptr, this, nullptr);
    m_audiobook = mode;
    updateVisibility();
    if (mode) {
        connect(mode, &AudiobookMode::onChanged, this, &NarrationBar::updateState);
        connect(mode, &AudiobookMode::pausedChanged, this, &NarrationBar::updateState);
    }
    updateState();
}

void NarrationBar::updateVisibility()
{
    const bool voice = m_narration != nullptr;
    for (QWidget* w : std::initializer_list<QWidget*>{m_auto, m_play, m_speed, m_reading, m_voice})
        w->setVisible(voice);
    m_listen->setVisible(m_audiobook != nullptr);
    m_next->setVisible(m_audiobook != nullptr);
    setVisible(voice || m_audiobook);
}

void NarrationBar::stopReading()
{
    if (m_audiobook && m_audiobook->isOn())
        m_audiobook->stop(); // the voice with it
    else if (m_narration)
        m_narration->stop();
}

void NarrationBar::setExportAvailable(bool available)
{
    m_export->setVisible(available);
}

void NarrationBar::playOrPause()
{
    if (m_audiobook && m_audiobook->isOn()) {
        m_audiobook->togglePause(); // the voice and the next chapter
        return;
    }
    if (!m_narration)
        return;
    switch (m_narration->state()) {
    case NarrationQueue::State::Playing:
    case NarrationQueue::State::Preparing:
        m_narration->pause();
        break;
    case NarrationQueue::State::Paused:
        m_narration->resume();
        break;
    case NarrationQueue::State::Idle:
        Q_EMIT playRequested();
        break;
    }
}

void NarrationBar::updateState()
{
    const auto state = m_narration ? m_narration->state() : NarrationQueue::State::Idle;
    const bool busy =
        state == NarrationQueue::State::Playing || state == NarrationQueue::State::Preparing;
    m_play->setIcon(style()->standardIcon(busy ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(busy                                     ? tr("Pause reading aloud")
                       : state == NarrationQueue::State::Paused ? tr("Go on reading aloud")
                                                                : tr("Read the last reply aloud"));
    m_play->setAccessibleName(m_play->toolTip());
    const bool listening = m_audiobook && m_audiobook->isOn();
    m_stop->setEnabled(state != NarrationQueue::State::Idle || listening);
    m_listen->setChecked(listening);
    m_next->setEnabled(m_audiobook != nullptr);
    if (listening && m_audiobook->isPaused()) {
        m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
        m_play->setToolTip(tr("Go on listening"));
        m_play->setAccessibleName(m_play->toolTip());
    }
    switch (state) {
    case NarrationQueue::State::Idle:
        m_reading->clear();
        break;
    case NarrationQueue::State::Preparing:
        m_reading->setText(m_sentence.isEmpty() ? tr("Getting the voice ready…")
                                                : tr("Reading: %1").arg(m_sentence));
        break;
    case NarrationQueue::State::Playing:
        m_reading->setText(tr("Reading: %1").arg(m_sentence));
        break;
    case NarrationQueue::State::Paused:
        m_reading->setText(tr("Paused: %1").arg(m_sentence));
        break;
    }
    showReading(m_reading->text());
}

void NarrationBar::showReading(const QString& text)
{
    // Long sentences are elided to the room there is; the whole one is in the tooltip.
    m_readingText = text;
    m_reading->setToolTip(text);
    m_reading->setText(m_reading->fontMetrics().elidedText(text, Qt::ElideRight,
                                                           std::max(0, m_reading->width() - 6)));
}

void NarrationBar::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    showReading(m_readingText);
}

void NarrationBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NarrationBar::retranslateUi()
{
    m_auto->setText(tr("Read aloud"));
    m_auto->setToolTip(tr("Read each reply aloud as it is written"));
    m_stop->setToolTip(tr("Stop reading aloud"));
    m_stop->setAccessibleName(m_stop->toolTip());
    m_speed->setToolTip(tr("Reading speed"));
    for (int i = 0; i < m_speed->count(); ++i)
        m_speed->setItemText(i, tr("%1×").arg(QLocale().toString(m_speed->itemData(i).toDouble())));
    m_voice->setText(tr("Voice…"));
    m_voice->setToolTip(tr("Choose the voice that reads the story"));
    m_listen->setText(tr("Listen without answering"));
    m_listen->setToolTip(tr("Tell the story through to the end like an audiobook; write "
                            "anything to talk again (Ctrl+Shift+L)"));
    m_next->setToolTip(tr("Next chapter now (Ctrl+Shift+N)"));
    m_next->setAccessibleName(tr("Next chapter"));
    m_export->setText(tr("Export audio…"));
    m_export->setToolTip(tr("Save this session as one audio file with its transcript"));
    updateState();
}

} // namespace st
