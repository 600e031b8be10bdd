#pragma once

#include <QMetaType>

namespace st {

/// The pages of the app, the states of AppFlow.
enum class Page
{
    Settings,
    Check,
    Create,
    Chat,
    Session
};

} // namespace st

Q_DECLARE_METATYPE(st::Page)
