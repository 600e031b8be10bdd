#include "core/llm/HealthReport.h"

#include <QCoreApplication>

namespace st {

QString HealthReport::message() const
{
    if (error.isError())
        return error.message();
    if (!modelAvailable) {
        QString list = models.mid(0, 8).join(QStringLiteral(", "));
        if (models.size() > 8)
            list += QStringLiteral(", …");
        return QCoreApplication::translate("st::HealthReport",
                                           "Connected to %1, but it has no model named "
                                           "“%2”. It offers: %3. Pick one of these.")
            .arg(serverUrl, model, list.isEmpty() ? QStringLiteral("—") : list);
    }
    return QCoreApplication::translate("st::HealthReport",
                                       "Connected to %1. The model “%2” is ready (%3 "
                                       "model(s) on the server).")
        .arg(serverUrl, model)
        .arg(models.size());
}

} // namespace st
