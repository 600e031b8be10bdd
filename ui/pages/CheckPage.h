#pragma once

#include "core/match/Evaluation.h"

#include <QVector>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace st {

class AppController;

/// "What story would you like to hear?" Shows the checking steps as they happen, offers a
/// near match ("Yes, tell that one", or Enter on the unchanged request) beside asking for
/// more detail, or offers the three closest stories and Exit / Retry / Create when the story
/// is unknown.
class CheckPage : public QWidget
{
    Q_OBJECT
public:
    explicit CheckPage(AppController& controller, QWidget* parent = nullptr);

    void prepare();
    void setQuery(const QString& text);
    /// Asks for \a text at once, as if typed and sent.
    void askFor(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void ask();
    /// Enter in the request field: the near match on offer when the request is unchanged.
    void submit();
    bool suggestionOffered() const;
    void onFinished(const Evaluation& evaluation, Evaluation::Decision decision);
    void showOptions(bool visible);
    void showClosest();

    AppController& m_controller;
    QLabel* m_heading;
    QLabel* m_sessionLabel;
    QLineEdit* m_query;
    QPushButton* m_ask;
    QListWidget* m_steps;
    QLabel* m_result;
    QPushButton* m_accept;
    QString m_askedText; // the request as sent, to tell "Enter again" from a new request
    QWidget* m_options;
    QLabel* m_closestLabel;
    QVector<QPushButton*> m_closest; // one per Evaluation::closest, at most three
    QLabel* m_hint;
    QPushButton* m_exit;
    QPushButton* m_retry;
    QPushButton* m_create;
    Evaluation::Decision m_lastDecision = Evaluation::Decision::Match;
    bool m_hasResult = false;
    Evaluation m_lastEvaluation;
};

} // namespace st
