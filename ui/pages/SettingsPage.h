#pragma once

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace st {

class AppController;
class LanguageManager;

/// The first page: name the session and choose the story language, then Start.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(AppController& controller, QWidget* parent = nullptr);

    /// Called when the page is shown: a fresh name field, the last story language.
    void prepare();
    /// Shows the narrator as now configured (after the provider settings changed).
    void refreshStatus() { retranslateUi(); }
    /// Offers the UI language on this page too.
    void setLanguageManager(LanguageManager* languages);

Q_SIGNALS:
    void providerRequested();
    /// The story language chosen in the combo, before the session starts.
    void storyLanguageChosen(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void start();

    AppController& m_controller;
    QLabel* m_heading;
    QLabel* m_intro;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    bool m_languagePicked = false; // the listener chose in the combo since prepare()
    QLabel* m_paceLabel;
    QComboBox* m_pace;
    QLabel* m_error;
    QLabel* m_narratorStatus;
    QPushButton* m_start;
    QPushButton* m_provider;
    QCheckBox* m_translate;
    QLabel* m_uiLanguageLabel = nullptr;
    QComboBox* m_uiLanguage = nullptr;
    QFormLayout* m_form = nullptr;
};

} // namespace st
