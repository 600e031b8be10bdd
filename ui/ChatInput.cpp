#include "ui/ChatInput.h"

#include <QKeyEvent>

namespace st {

ChatInput::ChatInput(QWidget* parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(this, &QPlainTextEdit::textChanged, this, [this] { updateGeometry(); });
}

QSize ChatInput::sizeHint() const
{
    const int lines = std::clamp(int(document()->size().height()), 1, 5);
    const int h = fontMetrics().lineSpacing() * lines + 2 * int(document()->documentMargin()) + 16;
    return {QPlainTextEdit::sizeHint().width(), h};
}

void ChatInput::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        Q_EMIT submitted();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace st
