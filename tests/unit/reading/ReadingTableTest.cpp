// The reading tables: sentences from the bundled scripts (tests/data/reading/LANG.json,
// each with its story) and what the local voice is given for them. Every sentence must
// still be in its story's script in that language, so the tables follow the library.
#include "core/reading/JapaneseReading.h"
#include "core/reading/SpeechReading.h"
#include "support/QtPrinters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace st;

namespace {

struct Row
{
    QString story;
    QString text;
    QString reading;
};

QVector<Row> table(const QString& language)
{
    QFile file(QStringLiteral(STORYTELLER_TEST_DATA "/reading/") + language +
               QStringLiteral(".json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    QVector<Row> rows;
    for (const QJsonValue& v : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonObject o = v.toObject();
        rows.append({o.value(QStringLiteral("story")).toString(),
                     o.value(QStringLiteral("text")).toString(),
                     o.value(QStringLiteral("reading")).toString()});
    }
    return rows;
}

/// Every text of the script in \a language of bundled story \a story, joined.
QString scriptText(const QString& story, const QString& language)
{
    QFile file(QStringLiteral(":/library/") + story + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QString all;
    for (const QJsonValue& s : QJsonDocument::fromJson(file.readAll())
                                   .object()
                                   .value(QStringLiteral("scripts"))
                                   .toArray()) {
        const QJsonObject script = s.toObject();
        if (script.value(QStringLiteral("language")).toString() != language)
            continue;
        all += script.value(QStringLiteral("hook")).toString() + u'\n';
        for (const QJsonValue& section : script.value(QStringLiteral("sections")).toArray()) {
            const QJsonObject o = section.toObject();
            all += o.value(QStringLiteral("content")).toString() + u'\n' +
                   o.value(QStringLiteral("question")).toString() + u'\n';
        }
    }
    return all;
}

class ReadingTableTest : public ::testing::TestWithParam<const char*>
{
};

} // namespace

TEST_P(ReadingTableTest, EverySentenceIsReadAsTheTableSays)
{
    const QString language = QString::fromLatin1(GetParam());
    const QVector<Row> rows = table(language);
    ASSERT_GE(rows.size(), 30) << "the table needs 30 sentences or more";
    SpeechReading reading;
    ASSERT_TRUE(language != QLatin1String("ja") || reading.japaneseError().isEmpty())
        << reading.japaneseError().toStdString();
    int withNumbers = 0;
    for (const Row& row : rows) {
        EXPECT_TRUE(scriptText(row.story, language).contains(row.text))
            << "not in " << row.story.toStdString() << ": " << row.text.toStdString();
        EXPECT_EQ(reading.read(row.text, language), row.reading) << row.text.toStdString();
        static const QRegularExpression number(QStringLiteral("[0-9]|\\b[IVX]+\\b"));
        withNumbers += row.text.contains(number) ? 1 : 0;
        if (language == QLatin1String("ja")) {
            for (QChar c : row.reading)
                EXPECT_FALSE(JapaneseReading::isIdeograph(c)) << row.reading.toStdString();
        }
    }
    EXPECT_EQ(withNumbers, rows.size())
        << "every sentence of a table has a number (digits or Roman)";
}

INSTANTIATE_TEST_SUITE_P(Languages, ReadingTableTest, ::testing::Values("ja", "ko", "es"));
