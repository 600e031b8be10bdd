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
    // Filled by ScriptLibrary::catalog() only:
    QString summary;
    QString keywords;     // comma-separated
    int chapterCount = 0; // sections worth telling

    /// One key per story, whatever its language: the bundle id, or "#id" for a user script.
    QString storyKey() const
    {
        return bundleId.isEmpty() ? QStringLiteral("#") + QString::number(id) : bundleId;
    }

    bool isValid() const { return id > 0; }
};

} // namespace st

Q_DECLARE_METATYPE(st::ScriptInfo)
