#pragma once

// Readable GoogleTest output for the llm types: an error kind by its name, a URL as text.
#include "core/llm/LlmError.h"

#include <QUrl>
#include <ostream>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QUrl& url, std::ostream* os)
{
    *os << "QUrl(\"" << url.toString().toStdString() << "\")";
}
QT_END_NAMESPACE

namespace st {
inline void PrintTo(LlmError::Kind kind, std::ostream* os)
{
    *os << LlmError::kindName(kind).toStdString();
}
} // namespace st
