#pragma once

// The session the export and import tests share: real SQLite files in temp folders, a
// Korean session with a library script, a model, metadata, a summary, a translated answer,
// token usage, two earlier versions of a regenerated reply, interrupted and failed replies,
// a system note, multi-line text, emoji and a gap in the seqs.
#include "core/narration/SessionExporter.h"
#include "core/script/Script.h"
#include "core/store/Database.h"
#include "support/TempDataDir.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <gtest/gtest.h>

namespace st {

/// The script the session tells (also added to a library to test relinking).
Script mountainScript();
/// Rows in \a table.
int countRows(QSqlDatabase db, const QString& table);
QJsonObject jsonOf(const QByteArray& bytes);

class SessionExportFixture : public ::testing::Test
{
protected:
    void SetUp() override;

    /// Exports session \a id of \a db as \a format to files/\a name; the path written.
    QString exportTo(const Database& db, qint64 id, SessionExporter::Format format,
                     const QString& name);

    TempDataDir sourceDir;
    TempDataDir targetDir;
    TempDataDir files;
    Database source{sourceDir.databasePath()};
    Database target{targetDir.databasePath()};
    qint64 now = QDateTime(QDate(2024, 5, 1), QTime(19, 2, 3, 120), Qt::UTC).toMSecsSinceEpoch();
    qint64 sessionId = 0;
};

} // namespace st
