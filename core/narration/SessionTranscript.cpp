#include "core/narration/SessionTranscript.h"

#include "core/script/ScriptJson.h"
#include "core/text/Languages.h"

#include <QDateTime>
#include <QStringList>

namespace st {
namespace {

QString date(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                  : QString();
}

/// \a text as a Markdown block quote.
QString quoted(const QString& text)
{
    QStringList lines = text.trimmed().split(u'\n');
    for (QString& line : lines)
        line = line.trimmed().isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line;
    return lines.join(u'\n');
}

/// One line: a title or a heading may not break the document's structure.
QString oneLine(const QString& text)
{
    return text.simplified();
}

/// A narrator's reply in the transcript: its Markdown kept (the file is Markdown, read
/// formatted), its ATX headings ("# …" to "###### …") two levels down so they sit under
/// the transcript's chapter headings (level 2) instead of beside them. Code is left alone.
QString nested(const QString& text)
{
    QStringList lines = text.split(u'\n');
    QChar fence;       // the open code fence's character ('`' or '~'), null when none
    int fenceSize = 0; // and its length
    for (QString& line : lines) {
        int indent = 0;
        while (indent < line.size() && indent < 4 && line.at(indent) == u' ')
            ++indent;
        if (indent > 3)
            continue;
        const QChar first = indent < line.size() ? line.at(indent) : QChar();
        int run = 0;
        while (indent + run < line.size() && line.at(indent + run) == first)
            ++run;
        if ((first == u'`' || first == u'~') && run >= 3) {
            if (fence.isNull()) {
                fence = first;
                fenceSize = run;
            } else if (first == fence && run >= fenceSize &&
                       line.mid(indent + run).trimmed().isEmpty()) {
                fence = QChar();
            }
            continue;
        }
        if (!fence.isNull() || first != u'#' || run > 6 ||
            (indent + run < line.size() && !line.at(indent + run).isSpace()))
            continue;
        line = QString(std::min(6, run + 2), u'#') + line.mid(indent + run);
    }
    return lines.join(u'\n');
}

} // namespace

QString SessionTranscript::markdown(const SessionRecord& session,
                                    const QVector<MessageRecord>& messages)
{
    QVector<Script::Section> chapters;
    QVector<Script::Reference> sources;
    if (session.hasScript()) {
        const Script script =
            ScriptJson::read(session.scriptBody.toUtf8(), session.language).script;
        chapters = script.tellableChapters();
        sources = script.references;
    }

    const QString name = oneLine(session.name);
    QStringList out;
    out << QStringLiteral("# ") + (name.isEmpty() ? tr("Untitled session") : name) << QString();
    const QString story = oneLine(session.scriptTitle);
    out << QStringLiteral("- **%1** %2")
               .arg(tr("Story:"), story.isEmpty() ? tr("(no story chosen)") : story);
    out << QStringLiteral("- **%1** %2 (%3)")
               .arg(tr("Language:"), Languages::nativeName(session.language), session.language);
    out << QStringLiteral("- **%1** %2").arg(tr("Started:"), date(session.createdAt));
    out << QStringLiteral("- **%1** %2").arg(tr("Last told:"), date(session.lastUsedAt));

    int heading = -1; // the chapter whose heading was written last
    for (const MessageRecord& m : messages) {
        if (m.role == MessageRecord::Role::System)
            continue;
        const bool narrator = m.role == MessageRecord::Role::Assistant;
        if (narrator && m.chapter >= 0 && m.chapter != heading) {
            heading = m.chapter;
            QString title;
            if (heading == 0) {
                title = tr("Opening");
            } else {
                title = tr("Chapter %1").arg(heading);
                const QString own = heading <= chapters.size()
                                        ? oneLine(chapters.at(heading - 1).heading)
                                        : QString();
                if (!own.isEmpty())
                    title += QStringLiteral(": ") + own;
            }
            out << QString() << QStringLiteral("## ") + title;
        }
        out << QString() << QStringLiteral("**%1**").arg(narrator ? tr("Narrator:") : tr("You:"))
            << QString();
        const QString text = m.content.trimmed();
        if (narrator) {
            out << (text.isEmpty() ? QStringLiteral("*…*") : nested(text));
        } else {
            out << quoted(text);
            if (!m.original.trimmed().isEmpty() && m.original.trimmed() != text)
                out << QStringLiteral(">")
                    << quoted(tr("(as written: %1)").arg(m.original.trimmed()));
        }
        if (narrator && (m.status == MessageRecord::Status::Interrupted ||
                         m.status == MessageRecord::Status::Error))
            out << QString() << QStringLiteral("*%1*").arg(tr("(cut off here)"));
    }
    if (!sources.isEmpty()) { // where the story's facts come from, as links
        out << QString() << QStringLiteral("## ") + tr("Sources") << QString();
        for (const Script::Reference& r : std::as_const(sources)) {
            QString title = oneLine(r.title);
            title.replace(u'[', QStringLiteral("\\[")).replace(u']', QStringLiteral("\\]"));
            QString url = r.url;
            url.replace(u' ', QStringLiteral("%20")).replace(u')', QStringLiteral("%29"));
            out << QStringLiteral("- [%1](%2)").arg(title, url);
        }
    }
    out << QString();
    return out.join(u'\n');
}

} // namespace st
