#pragma once

#include "core/llm/LlmError.h"

#include <QStringList>

namespace st {

/// The result of "Test connection": whether the server answers, has the model, and what
/// it offers; message() says exactly what is wrong.
struct HealthReport
{
    bool ok = false;
    bool modelAvailable = false;
    QString serverUrl;
    QString model;
    QStringList models;
    LlmError error;

    QString message() const;
};

} // namespace st
