#pragma once

#include <QStringList>
#include <QTextStream>

namespace st {

class Settings;
struct WebError;

/// `storyteller-cli extract URL|FILE`: reads a web page or a local file (.html, .htm, .txt,
/// .md) like "Create from a page" does, and prints its title on the first line, then its
/// text. Errors go to stderr; the exit code says what kind (CliExit.h).
class CliExtract
{
public:
    CliExtract(const Settings& settings, QTextStream& out, QTextStream& err);

    /// \a args: what follows "extract" (exactly one address or path).
    int run(const QStringList& args);

    /// The exit code for \a error: 1 no such page or file, 4 unreachable or timed out,
    /// 5 access refused, 7 nothing readable there, 64 not an address.
    static int exitFor(const WebError& error);

private:
    const Settings& m_settings;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace st
