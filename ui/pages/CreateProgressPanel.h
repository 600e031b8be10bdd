#pragma once

#include <QWidget>
#include <functional>

class QListWidget;
class QProgressBar;
class QPushButton;

namespace st {

/// The steps of writing a script as they happen (reading, filtering part 3 of 7, writing),
/// a progress bar and Cancel. Steps are kept as functions that word them, so they are
/// rewritten in the new language when the language changes.
class CreateProgressPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Mark
    {
        Running,
        Done,
        Failed,
    };
    using Words = std::function<QString()>;

    explicit CreateProgressPanel(QWidget* parent = nullptr);

    void start();
    /// A new step (the previous running one is marked done).
    void addStep(Words words, Mark mark = Mark::Running);
    /// Rewords the running step (e.g. "part 3 of 7" → "part 4 of 7").
    void updateStep(Words words);
    /// 0–100, or -1 for "busy, amount unknown".
    void setProgress(int percent);
    /// Ends the run: the running step is marked \a mark; Cancel is hidden.
    void finish(Mark mark);
    void reset();

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Step
    {
        Words words;
        Mark mark;
    };
    void render();
    void retranslateUi();

    QListWidget* m_steps;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    QVector<Step> m_entries;
};

} // namespace st
