#include "ui/LanguageManager.h"

#include "core/settings/Settings.h"
#include "core/text/Languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace st {

LanguageManager::LanguageManager(Settings& settings, QObject* parent)
    : QObject(parent), m_settings(settings)
{}

LanguageManager::~LanguageManager()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QString LanguageManager::initialLanguage() const
{
    const QString saved = m_settings.uiLanguage();
    if (Languages::codes().contains(saved))
        return saved;
    const QString system = QLocale::system().name().left(2);
    return Languages::codes().contains(system) ? system : QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString& code)
{
    if (!Languages::codes().contains(code))
        return false;
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::make_unique<QTranslator>();
    m_qt = std::make_unique<QTranslator>();
    if (m_app->load(QStringLiteral(":/i18n/storyteller_") + code))
        QCoreApplication::installTranslator(m_app.get());
    if (m_qt->load(QStringLiteral("qtbase_") + code,
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    m_current = code;
    m_settings.setUiLanguage(code);
    QLocale::setDefault(QLocale(code));
    Q_EMIT languageChanged(code);
    return true;
}

} // namespace st
