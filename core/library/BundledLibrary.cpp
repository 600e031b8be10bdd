#include "core/library/BundledLibrary.h"

#include "core/library/LibraryLog.h"
#include "core/library/ScriptLibrary.h"
#include "core/script/ScriptJson.h"

#include <QDir>
#include <QFile>
#include <nlohmann/json.hpp>

namespace st {

BundledLibrary::BundledLibrary(QString directory) : m_directory(std::move(directory)) {}

BundledLibrary::Report BundledLibrary::install(ScriptLibrary& library) const
{
    Report report;
    const QStringList files =
        QDir(m_directory).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    const bool ok = library.transaction([&] {
        for (const QString& name : files) {
            QFile file(m_directory + u'/' + name);
            if (!file.open(QIODevice::ReadOnly)) {
                report.problems.append(name + QStringLiteral(": cannot read"));
                continue;
            }
            nlohmann::json doc;
            try {
                doc = nlohmann::json::parse(file.readAll().toStdString());
            } catch (const nlohmann::json::exception& e) {
                report.problems.append(name + QStringLiteral(": ") + QString::fromUtf8(e.what()));
                continue;
            }
            const QString bundleId = QString::fromStdString(doc.value("id", std::string()));
            const int version = doc.value("version", 0);
            if (bundleId.isEmpty() || version <= 0 || !doc.contains("scripts") ||
                !doc["scripts"].is_array()) {
                report.problems.append(name + QStringLiteral(": missing id, version or scripts"));
                continue;
            }
            for (const auto& entry : doc["scripts"]) {
                // Installed at this version already (every start but the first): nothing
                // to read. Only the language is looked at, and only if it is a string.
                if (entry.is_object() && entry.contains("language") &&
                    entry["language"].is_string()) {
                    const auto installed = library.bundled(
                        bundleId, QString::fromStdString(entry["language"].get<std::string>()));
                    if (installed && installed->bundleVersion >= version) {
                        ++report.unchanged;
                        continue;
                    }
                }
                const ScriptParseResult parsed =
                    ScriptJson::read(QByteArray::fromStdString(entry.dump()));
                if (!parsed.ok()) {
                    report.problems.append(name + QStringLiteral(": ") + parsed.error);
                    continue;
                }
                Script script = parsed.script;
                script.source.kind = QStringLiteral("url");
                const auto existing = library.bundled(bundleId, script.language);
                if (!existing) {
                    if (!library.add(script, {QStringLiteral("bundled"), bundleId, version}))
                        return false;
                    ++report.added;
                } else if (existing->bundleVersion < version) {
                    if (!library.update(existing->id, script, version))
                        return false;
                    ++report.updated;
                } else {
                    ++report.unchanged;
                }
            }
        }
        return true;
    });
    if (!ok)
        report.problems.append(library.lastError());
    for (const QString& p : report.problems)
        qCWarning(lcLibrary).noquote() << "bundled library:" << p;
    qCInfo(lcLibrary) << "bundled library: added" << report.added << "updated" << report.updated
                      << "unchanged" << report.unchanged;
    return report;
}

} // namespace st
