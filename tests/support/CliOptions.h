#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <utility>

namespace st {

/// How CliRunner runs storyteller-cli beyond its arguments: what it reads on stdin, the
/// variables set for it and the folder it runs in.
struct CliOptions
{
    using Environment = QList<QPair<QString, QString>>;

    // A constructor rather than an aggregate: {input, env} without -Wmissing-field-initializers.
    CliOptions(QByteArray input = {}, Environment env = {}, QString workDir = {})
        : input(std::move(input)), env(std::move(env)), workDir(std::move(workDir))
    {}

    QByteArray input; ///< written to stdin, which is then closed
    Environment env;  ///< set on top of the cleaned environment
    QString workDir;  ///< the working directory; empty: the data folder
};

} // namespace st
