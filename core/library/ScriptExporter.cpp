#include "core/library/ScriptExporter.h"

#include "core/library/LibraryLog.h"
#include "core/script/ScriptJson.h"

#include <QSaveFile>
#include <nlohmann/json.hpp>

namespace st {

QByteArray ScriptExporter::toJson(const QVector<Script>& scripts, bool indented)
{
    if (scripts.size() == 1)
        return ScriptJson::write(scripts.constFirst(), indented) + '\n';
    using nlohmann::ordered_json;
    ordered_json list = ordered_json::array();
    for (const Script& script : scripts) {
        const QByteArray one = ScriptJson::write(script, false);
        list.push_back(ordered_json::parse(one.constData(), one.constData() + one.size()));
    }
    const ordered_json out = {
        {"format", "storyteller-library"}, {"formatVersion", 1}, {"scripts", std::move(list)}};
    return QByteArray::fromStdString(
               out.dump(indented ? 2 : -1, ' ', false, ordered_json::error_handler_t::replace)) +
           '\n';
}

bool ScriptExporter::writeFile(const QString& path, const QVector<Script>& scripts, QString* error)
{
    QSaveFile file(path);
    const QByteArray bytes = toJson(scripts);
    const bool ok =
        file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    if (!ok) {
        const QString message = tr("Cannot write %1: %2.").arg(path, file.errorString());
        qCWarning(lcLibrary) << message;
        if (error)
            *error = message;
        file.cancelWriting();
        return false;
    }
    qCDebug(lcLibrary) << "exported" << scripts.size() << "scripts to" << path;
    return true;
}

} // namespace st
