#include "views/settings/settings_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "common/app_settings.h"
#include "common/translations.h"

SettingsDialog::SettingsDialog(AppSettings* settings, QWidget* parent)
    : QDialog(parent),
      m_settings(settings),
      m_language(new QComboBox(this)),
      m_outputFolder(new QLineEdit(this)),
      m_previewEvery(new QSpinBox(this)),
      m_previewFullDecode(new QCheckBox(tr("Decode previews with the full VAE (slower, exact colours)"), this)),
      m_device(new QComboBox(this)) {
    setWindowTitle(tr("Settings"));

    m_language->addItem(tr("System default"), QString());
    for (const QString& code : Translations::available()) m_language->addItem(Translations::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings->language())));
    m_language->setToolTip(tr("The language of the user interface; changes take effect after a restart"));

    m_outputFolder->setText(QDir::toNativeSeparators(m_settings->outputFolder()));
    m_outputFolder->setToolTip(tr("Generated images are saved here, in one sub-folder per day"));
    auto* browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    browse->setToolTip(tr("Choose the outputs folder"));
    connect(browse, &QToolButton::clicked, this, &SettingsDialog::browseOutputFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_outputFolder, 1);
    folderRow->addWidget(browse);

    m_previewEvery->setRange(0, 100);
    m_previewEvery->setSpecialValueText(tr("Off"));
    m_previewEvery->setSuffix(tr(" steps"));
    m_previewEvery->setValue(m_settings->previewEverySteps());
    m_previewEvery->setToolTip(tr("Show a preview every N sampling steps (0 = no previews)"));
    m_previewFullDecode->setChecked(m_settings->previewFullDecode());
    m_previewFullDecode->setToolTip(tr("Off: a fast approximate colour projection of the latents"));

    m_device->addItem(tr("Automatic (GPU if available)"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("CUDA GPU"), QStringLiteral("cuda"));
    const int deviceIndex = m_device->findData(m_settings->modelDevice());
    if (deviceIndex < 0) m_device->addItem(m_settings->modelDevice(), m_settings->modelDevice());
    m_device->setCurrentIndex(deviceIndex < 0 ? m_device->count() - 1 : deviceIndex);
    m_device->setToolTip(tr("Where models are loaded; applies to the next model you open"));

    auto* form = new QFormLayout;
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Outputs folder"), folderRow);
    form->addRow(tr("Preview every"), m_previewEvery);
    form->addRow(QString(), m_previewFullDecode);
    form->addRow(tr("Device"), m_device);

    auto* note = new QLabel(tr("Language changes take effect after a restart."), this);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto* ok = new QPushButton(tr("OK"), this);
    ok->setDefault(true);
    auto* cancel = new QPushButton(tr("Cancel"), this);
    connect(ok, &QPushButton::clicked, this, [this] {
        apply();
        accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(ok);
    buttons->addWidget(cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addLayout(buttons);
    setMinimumWidth(520);
}

void SettingsDialog::apply() {
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != m_settings->language();
    m_settings->setLanguage(language);
    m_settings->setOutputFolder(QDir::fromNativeSeparators(m_outputFolder->text().trimmed()));
    m_settings->setPreviewEverySteps(m_previewEvery->value());
    m_settings->setPreviewFullDecode(m_previewFullDecode->isChecked());
    m_settings->setModelDevice(m_device->currentData().toString());
    m_settings->sync();
}

void SettingsDialog::browseOutputFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Outputs folder"), m_outputFolder->text());
    if (!folder.isEmpty()) m_outputFolder->setText(QDir::toNativeSeparators(folder));
}
