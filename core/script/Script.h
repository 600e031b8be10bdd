#pragma once

#include "core/script/ScriptSection.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace st {

/// A story script: title, language, source and the 14 sections in telling order.
/// Sections whose content is empty or "N/A" are kept (so a script round-trips) but are
/// skipped when telling: see tellableChapters().
class Script
{
public:
    struct Section
    {
        ScriptSection id = ScriptSection::Prologue1;
        QString heading;
        QString content;
        QString question; // optional: the question that ends this chapter
    };

    struct Source
    {
        QString kind = QStringLiteral("text"); // url, text, file, bundled
        QString url;
    };

    /// A work the facts come from (the "sources" of a bundled script).
    struct Reference
    {
        QString title;
        QString url;
        bool operator==(const Reference& other) const
        {
            return title == other.title && url == other.url;
        }
    };
    static constexpr int kMaxReferences = 40;

    Script();

    QString title;
    QString language; // en, ko, ja, es
    Source source;
    QVector<Reference> references; // the sources every fact comes from; empty when unknown
    QString summary;
    QStringList keywords;
    QString hook; // optional: the question asked before the story begins

    const Section& section(ScriptSection id) const;
    Section& section(ScriptSection id);
    const QVector<Section>& sections() const { return m_sections; }

    /// The sections worth telling, in order: content present and not N/A.
    QVector<Section> tellableChapters() const;
    static bool isNotApplicable(const QString& content);

    bool isEmpty() const { return tellableChapters().isEmpty(); }
    bool operator==(const Script& other) const;

private:
    QVector<Section> m_sections;
};

} // namespace st

Q_DECLARE_METATYPE(st::Script)
