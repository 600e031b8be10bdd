#pragma once

#include <QObject>

namespace st {

/// Gives every combo box a QStyledItemDelegate as it is first polished, so its popup's
/// rows follow the style sheet's `QComboBox QAbstractItemView::item` rules. Qt's own
/// delegate draws the rows as menu items styled by the combo box's own rule: with a border
/// and a background set there (ours), the current row came out as an empty box, its text
/// the colour of its background.
class ComboPopupStyler : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace st
