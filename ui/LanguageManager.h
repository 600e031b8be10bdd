#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>
#include <memory>

namespace st {

class Settings;

/// The UI language: loads Storyteller's translations (embedded as :/i18n/storyteller_xx.qm)
/// and Qt's own (qtbase_xx.qm, so standard dialogs match), installs them on the
/// application and remembers the choice. Switching sends LanguageChange to every widget,
/// which retranslates itself: no restart.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(Settings& settings, QObject* parent = nullptr);
    ~LanguageManager() override;

    /// The saved language, else the system's when it is one of the four, else English.
    QString initialLanguage() const;
    QString current() const { return m_current; }
    /// Installs \a code (en, ko, ja, es); false when it is not one of them.
    bool setLanguage(const QString& code);

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    Settings& m_settings;
    QString m_current;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace st
