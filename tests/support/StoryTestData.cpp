#include "support/StoryTestData.h"

#include "core/script/ScriptJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <memory>

namespace st::testdata {

Script script(const QString& title, const QString& language, const QStringList& contents)
{
    Script s;
    s.title = title;
    s.language = language;
    const auto& ids = script_section::all();
    for (int i = 0; i < contents.size() && i < kScriptSectionCount; ++i) {
        Script::Section& section = s.section(ids.at(i));
        section.content = contents.at(i);
        section.heading = QStringLiteral("Heading %1").arg(i + 1);
    }
    return s;
}

Script numberedScript(int chapters, const QString& language)
{
    QStringList contents;
    for (int i = 1; i <= chapters; ++i)
        contents.append(QStringLiteral("Chapter %1: the lighthouse keeper climbs step %1 and "
                                       "writes it down.")
                            .arg(i));
    return script(QStringLiteral("The Flannan Isles Lighthouse"), language, contents);
}

QString wellFormedMarkdown()
{
    return QStringLiteral("# Title: The Dancing Plague\n"
                          "# prologue 1 : A hot July\n"
                          "In July 1518 a woman began to dance in a street of Strasbourg.\n"
                          "She did not stop.\n"
                          "\n"
                          "# prologue 2 : Others join\n"
                          "Within a week dozens had joined her.\n"
                          "# prologue 3 : The city worries\n"
                          "The city council met in alarm.\n"
                          "# exposition 1 : A hard decade\n"
                          "Famine and disease had worn the people down.\n"
                          "# exposition 2 : Saint Vitus\n"
                          "Many believed in the curse of Saint Vitus.\n"
                          "# exposition 3 : Physicians\n"
                          "Physicians blamed hot blood.\n"
                          "# development 1 : More dancing\n"
                          "The council built a stage for the dancers.\n"
                          "# development 2 : Musicians\n"
                          "Musicians were hired to keep them moving.\n"
                          "# development 3 : Exhaustion\n"
                          "Some dancers collapsed from exhaustion.\n"
                          "# climax 1 : The peak\n"
                          "By August hundreds danced.\n"
                          "# climax 2 : A change of mind\n"
                          "The council banned music and dancing in public.\n"
                          "# climax 3 : The shrine\n"
                          "The dancers were taken to a shrine in the hills.\n"
                          "# denouement : Quiet returns\n"
                          "Slowly the dancing ended.\n"
                          "# epilogue : What was it\n"
                          "Historians still argue about the cause.\n");
}

std::function<int(int)> constantRandom(int value)
{
    return [value](int n) { return n > 0 ? value % n : 0; };
}

std::function<int(int)> seededRandom(quint32 seed)
{
    auto generator = std::make_shared<QRandomGenerator>(seed);
    return [generator](int n) { return n > 0 ? static_cast<int>(generator->bounded(n)) : 0; };
}

Script bundledScript(const QString& bundle, const QString& language)
{
    QFile file(QStringLiteral(":/library/") + bundle + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray scripts =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("scripts")).toArray();
    for (const QJsonValue& entry : scripts) {
        const QJsonObject object = entry.toObject();
        if (object.value(QStringLiteral("language")).toString() == language)
            return ScriptJson::read(QJsonDocument(object).toJson()).script;
    }
    return {};
}

} // namespace st::testdata
