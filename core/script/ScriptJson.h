#pragma once

#include "core/script/ScriptParseResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace st {

/// The project's JSON form of a script ("format": "storyteller-script"), in and out.
/// Reading is tolerant: sections may be an array of objects or an object keyed by section
/// name, and unknown keys are reported rather than fatal.
class ScriptJson
{
    Q_DECLARE_TR_FUNCTIONS(st::ScriptJson)

public:
public:
    static QByteArray write(const Script& script, bool indented = true);
    static ScriptParseResult read(const QByteArray& json, const QString& fallbackLanguage = {});

    static QStringList supportedLanguages();
};

} // namespace st
