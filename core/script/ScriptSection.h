#pragma once

#include <QString>
#include <array>
#include <optional>

namespace st {

/// The 14 sections of a script, in telling order.
enum class ScriptSection
{
    Prologue1,
    Prologue2,
    Prologue3,
    Exposition1,
    Exposition2,
    Exposition3,
    Development1,
    Development2,
    Development3,
    Climax1,
    Climax2,
    Climax3,
    Denouement,
    Epilogue,
};

constexpr int kScriptSectionCount = 14;

/// Section names as written in the JSON form and in a model's markdown ("prologue 1").
namespace script_section {

const std::array<ScriptSection, kScriptSectionCount>& all();
QString key(ScriptSection section);
std::optional<ScriptSection> fromKey(const QString& key);
/// The part (prologue, …) and the 1-based number inside it (1 for denouement, epilogue).
QString partName(ScriptSection section);
int partIndex(ScriptSection section);
int partSize(const QString& partName); // 3, or 1 for denouement and epilogue
std::optional<ScriptSection> fromPart(const QString& partName, int number);

} // namespace script_section
} // namespace st
