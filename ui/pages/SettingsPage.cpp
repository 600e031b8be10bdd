#include "ui/pages/SettingsPage.h"

#include "core/flow/AppController.h"
#include "core/llm/ProviderConfig.h"
#include "core/settings/Settings.h"
#include "core/text/Languages.h"
#include "ui/LanguageManager.h"
#include "ui/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace st {
namespace {
constexpr int kPaces[] = {70, 35, 15, 0}; // ms per word: relaxed, normal, brisk, instant
}

SettingsPage::SettingsPage(AppController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_heading(new QLabel(this)),
      m_intro(new QLabel(this)), m_nameLabel(new QLabel(this)), m_name(new QLineEdit(this)),
      m_languageLabel(new QLabel(this)), m_language(new QComboBox(this)),
      m_paceLabel(new QLabel(this)), m_pace(new QComboBox(this)), m_error(new QLabel(this)),
      m_narratorStatus(new QLabel(this)), m_start(new QPushButton(this)),
      m_provider(new QPushButton(this)), m_translate(new QCheckBox(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_name->setObjectName(QStringLiteral("sessionNameEdit"));
    m_name->setMaxLength(200);
    m_language->setObjectName(QStringLiteral("storyLanguageCombo"));
    m_pace->setObjectName(QStringLiteral("narrationPaceCombo"));
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_start->setObjectName(QStringLiteral("startButton"));
    m_narratorStatus->setObjectName(QStringLiteral("narratorStatus"));
    m_provider->setObjectName(QStringLiteral("providerButton"));
    m_translate->setObjectName(QStringLiteral("translateInputCheck"));
    m_translate->setChecked(m_controller.settings().value(Settings::Key::TranslateInput).toBool());
    connect(m_translate, &QCheckBox::toggled, this, [this](bool on) {
        m_controller.settings().setValue(Settings::Key::TranslateInput, on);
    });
    Theme::setHeading(m_heading);
    Theme::setPrimary(m_start);
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_intro->setWordWrap(true);
    m_narratorStatus->setWordWrap(true);
    m_narratorStatus->setProperty("role", QStringLiteral("hint"));
    for (const QString& code : Languages::codes())
        m_language->addItem(Languages::nativeName(code), code);

    auto* form = new QFormLayout;
    m_form = form;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setVerticalSpacing(12);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_paceLabel, m_pace);
    m_paceLabel->setBuddy(m_pace);
    for (int ms : kPaces)
        m_pace->addItem(QString(), ms);
    m_nameLabel->setBuddy(m_name);
    m_languageLabel->setBuddy(m_language);

    auto* card = new QWidget(this);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setSpacing(14);
    cardLayout->addWidget(m_heading);
    cardLayout->addWidget(m_intro);
    cardLayout->addSpacing(6);
    cardLayout->addLayout(form);
    cardLayout->addWidget(m_error);
    cardLayout->addWidget(m_start, 0, Qt::AlignLeft);
    cardLayout->addSpacing(18);
    cardLayout->addWidget(m_narratorStatus);
    cardLayout->addWidget(m_provider, 0, Qt::AlignLeft);
    cardLayout->addWidget(m_translate);

    Theme::centerCard(this, card, 680);

    connect(m_start, &QPushButton::clicked, this, &SettingsPage::start);
    connect(m_provider, &QPushButton::clicked, this, &SettingsPage::providerRequested);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT storyLanguageChosen(m_language->currentData().toString()); });
    connect(m_language, &QComboBox::activated, this, [this] { m_languagePicked = true; });
    // Until a story language is chosen it follows the interface's, switched live.
    connect(&m_controller.settings(), &Settings::changed, this, [this](Settings::Key key) {
        if (key != Settings::Key::StoryLanguage || m_languagePicked)
            return;
        const int index = m_language->findData(m_controller.settings().storyLanguage());
        if (index >= 0)
            m_language->setCurrentIndex(index);
    });
    connect(m_name, &QLineEdit::returnPressed, this, &SettingsPage::start);
    connect(m_name, &QLineEdit::textEdited, m_error, &QWidget::hide);
    connect(m_pace, &QComboBox::activated, this, [this] {
        m_controller.settings().setNarratorMsPerWord(m_pace->currentData().toInt());
    });
    connect(&m_controller.flow(), &AppFlow::settingsRejected, this, [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
        m_name->setFocus();
    });
    retranslateUi();
    prepare();
}

void SettingsPage::setLanguageManager(LanguageManager* languages)
{
    m_uiLanguageLabel = new QLabel(this);
    m_uiLanguage = new QComboBox(this);
    m_uiLanguage->setObjectName(QStringLiteral("uiLanguageCombo"));
    for (const QString& code : Languages::codes())
        m_uiLanguage->addItem(Languages::nativeName(code), code);
    m_uiLanguage->setCurrentIndex(std::max(0, m_uiLanguage->findData(languages->current())));
    m_uiLanguageLabel->setBuddy(m_uiLanguage);
    m_form->addRow(m_uiLanguageLabel, m_uiLanguage);
    connect(m_uiLanguage, &QComboBox::activated, this,
            [this, languages] { languages->setLanguage(m_uiLanguage->currentData().toString()); });
    connect(languages, &LanguageManager::languageChanged, this, [this](const QString& code) {
        m_uiLanguage->setCurrentIndex(std::max(0, m_uiLanguage->findData(code)));
    });
    retranslateUi();
}

void SettingsPage::prepare()
{
    retranslateUi();
    m_error->hide();
    m_name->clear();
    m_languagePicked = false;
    const int index = m_language->findData(m_controller.settings().storyLanguage());
    m_language->setCurrentIndex(index < 0 ? 0 : index);
    const int ms = m_controller.settings().narratorMsPerWord();
    int pace = 0;
    for (int i = 0; i < m_pace->count(); ++i) {
        if (std::abs(m_pace->itemData(i).toInt() - ms) <
            std::abs(m_pace->itemData(pace).toInt() - ms))
            pace = i;
    }
    m_pace->setCurrentIndex(pace);
    m_name->setFocus();
}

void SettingsPage::start()
{
    m_controller.startSession(m_name->text(), m_language->currentData().toString());
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslateUi()
{
    m_heading->setText(tr("A new story session"));
    m_intro->setText(tr("Choose the language the story is told in, and name this session if "
                        "you like (otherwise it is named after its story). You can come back to "
                        "it later from the sidebar."));
    m_nameLabel->setText(tr("Session &name"));
    m_name->setPlaceholderText(tr("Optional, e.g. Evening stories"));
    m_languageLabel->setText(tr("Story &language"));
    m_language->setToolTip(tr("The narrator tells the story in this language."));
    m_paceLabel->setText(tr("Narration &pace"));
    const QStringList paces{tr("Relaxed"), tr("Normal"), tr("Brisk"), tr("Instant")};
    for (int i = 0; i < m_pace->count() && i < paces.size(); ++i)
        m_pace->setItemText(i, paces.at(i));
    m_pace->setToolTip(tr("How fast the narrator's words appear"));
    m_start->setText(tr("Start"));
    const ProviderConfig provider = m_controller.providerSummary();
    if (provider.isConfigured())
        m_narratorStatus->setText(
            tr("Narrator: the model “%1” at %2.")
                .arg(provider.model, provider.baseUrl.toString(QUrl::RemoveUserInfo)));
    else
        m_narratorStatus->setText(tr("Narrator: offline. No language model is configured, so "
                                     "stories come from the built-in library and are told by "
                                     "the offline narrator."));
    m_provider->setText(tr("Model provider…"));
    if (m_uiLanguageLabel)
        m_uiLanguageLabel->setText(tr("&Interface language"));
    m_translate->setText(tr("Translate my answers into the story language (with a model)"));
    m_translate->setToolTip(tr("If you write in another language, the model translates your "
                               "answer first; both are kept and shown."));
    m_translate->setEnabled(provider.isConfigured());
}

} // namespace st
