#include "ui/pages/CreateProgressPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace st {

CreateProgressPanel::CreateProgressPanel(QWidget* parent)
    : QWidget(parent), m_steps(new QListWidget(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QPushButton(this))
{
    m_steps->setObjectName(QStringLiteral("createSteps"));
    m_bar->setObjectName(QStringLiteral("createProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelCreateButton"));
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFrameShape(QFrame::NoFrame);
    m_steps->setMaximumHeight(96);
    m_steps->setStyleSheet(QStringLiteral("background: transparent;"));
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(true);

    auto* row = new QHBoxLayout;
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_steps);
    layout->addLayout(row);
    connect(m_cancel, &QPushButton::clicked, this, &CreateProgressPanel::cancelRequested);
    retranslateUi();
    reset();
}

void CreateProgressPanel::start()
{
    m_entries.clear();
    m_bar->setRange(0, 100);
    m_bar->setValue(0);
    m_bar->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    render();
    show();
}

void CreateProgressPanel::addStep(Words words, Mark mark)
{
    if (!m_entries.isEmpty() && m_entries.last().mark == Mark::Running)
        m_entries.last().mark = Mark::Done;
    m_entries.append({std::move(words), mark});
    render();
}

void CreateProgressPanel::updateStep(Words words)
{
    if (m_entries.isEmpty() || m_entries.last().mark != Mark::Running) {
        addStep(std::move(words));
        return;
    }
    m_entries.last().words = std::move(words);
    render();
}

void CreateProgressPanel::setProgress(int percent)
{
    if (percent < 0) {
        m_bar->setRange(0, 0); // busy
    } else {
        m_bar->setRange(0, 100);
        m_bar->setValue(std::clamp(percent, 0, 100));
    }
}

void CreateProgressPanel::finish(Mark mark)
{
    if (!m_entries.isEmpty() && m_entries.last().mark == Mark::Running)
        m_entries.last().mark = mark;
    if (mark == Mark::Done)
        setProgress(100);
    else
        m_bar->hide();
    m_cancel->hide();
    render();
}

void CreateProgressPanel::reset()
{
    m_entries.clear();
    render();
    hide();
}

void CreateProgressPanel::render()
{
    m_steps->clear();
    for (const Step& step : m_entries) {
        const QString mark = step.mark == Mark::Done     ? QStringLiteral("✓ ")
                             : step.mark == Mark::Failed ? QStringLiteral("✗ ")
                                                         : QStringLiteral("… ");
        m_steps->addItem(mark + step.words());
    }
    m_steps->scrollToBottom();
}

void CreateProgressPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        render();
    }
    QWidget::changeEvent(event);
}

void CreateProgressPanel::retranslateUi()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop writing; nothing is saved"));
}

} // namespace st
