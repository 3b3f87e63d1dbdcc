#pragma once
// Preferences: language, outputs folder, preview cadence and quality, compute device.
// Reads from and writes to AppSettings only when the user accepts.
#include <QDialog>

class AppSettings;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    SettingsDialog(AppSettings* settings, QWidget* parent = nullptr);

    /// Writes the fields to the settings (called on accept).
    void apply();
    /// True when apply() changed the language (it takes effect after a restart).
    bool languageChanged() const { return m_languageChanged; }

private:
    void browseOutputFolder();

    AppSettings* m_settings;
    QComboBox* m_language;
    QLineEdit* m_outputFolder;
    QSpinBox* m_previewEvery;
    QCheckBox* m_previewFullDecode;
    QComboBox* m_device;
    bool m_languageChanged = false;
};
