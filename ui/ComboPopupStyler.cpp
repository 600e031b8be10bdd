#include "ui/ComboPopupStyler.h"

#include <QComboBox>
#include <QEvent>
#include <QStyledItemDelegate>

namespace st {

bool ComboPopupStyler::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Polish) {
        if (auto* combo = qobject_cast<QComboBox*>(watched);
            combo && !qobject_cast<QStyledItemDelegate*>(combo->itemDelegate()))
            combo->setItemDelegate(new QStyledItemDelegate(combo));
    }
    return QObject::eventFilter(watched, event);
}

} // namespace st
