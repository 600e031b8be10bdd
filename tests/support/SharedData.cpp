#include "support/SharedData.h"

#include <QDir>
#include <QFileInfo>

namespace st {

QString SharedData::dir()
{
    const QString fromEnvironment = qEnvironmentVariable("STORYTELLER_SHARED_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir::cleanPath(QStringLiteral(STORYTELLER_SHARED_FALLBACK));
}

QString SharedData::path(const QString& relative)
{
    return dir() + u'/' + relative;
}

bool SharedData::required()
{
    return qEnvironmentVariable("STORYTELLER_REQUIRE_SHARED") == QLatin1String("1");
}

QString SharedData::absence(const QString& relative)
{
    const QString wanted = path(relative);
    if (QFileInfo::exists(wanted))
        return {};
    return QStringLiteral("reference data absent: %1 (the shared test data sits beside CI's "
                          "checkout, not in a clone; set STORYTELLER_SHARED_DIR to where it is)")
        .arg(wanted);
}

} // namespace st
