#pragma once

#include <QHash>
#include <QString>

namespace st {

/// A prompt kept as a resource (resources/prompts/NAME.md), with {{placeholders}}.
class PromptTemplate
{
public:
    explicit PromptTemplate(const QString& name);

    bool isValid() const { return !m_text.isEmpty(); }
    QString text() const { return m_text; }
    /// The text with every {{key}} replaced; unknown placeholders become empty.
    QString render(const QHash<QString, QString>& values) const;

private:
    QString m_text;
};

} // namespace st
