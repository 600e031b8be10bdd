#pragma once

#include <QMetaType>
#include <QString>

namespace st {

/// A library entry as lists show it.
struct ScriptInfo
{
    qint64 id = 0;
    QString title;
    QString language;
    QString origin; // bundled or user
    QString sourceUrl;
    QString bundleId;
    int bundleVersion = 0;

    bool isValid() const { return id > 0; }
};

} // namespace st

Q_DECLARE_METATYPE(st::ScriptInfo)
