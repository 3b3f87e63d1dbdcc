#include "views/train/train_settings_panel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace {

// Learning rates and β span decades: shown as 1e-05, stepped by factors of 2.
class ScientificSpinBox : public QDoubleSpinBox {
public:
    explicit ScientificSpinBox(QWidget* parent) : QDoubleSpinBox(parent) {
        setDecimals(12);
        setRange(0.0, 10.0);
    }
    QString textFromValue(double value) const override { return QString::number(value, 'g', 4); }
    double valueFromText(const QString& text) const override { return locale().toDouble(text.trimmed()); }
    QValidator::State validate(QString& text, int&) const override {
        bool ok = false;
        const double value = locale().toDouble(text.trimmed(), &ok);
        if (ok) return value >= minimum() && value <= maximum() ? QValidator::Acceptable : QValidator::Invalid;
        return QValidator::Intermediate;  // "1e-" while typing
    }
    void stepBy(int steps) override { setValue(value() > 0 ? value() * std::pow(2.0, steps) : 1e-6); }
};

QWidget* row(QWidget* parent, QWidget* field, QWidget* button, QWidget* second = nullptr) {
    auto* widget = new QWidget(parent);
    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(button);
    if (second) layout->addWidget(second);
    return widget;
}

QSpinBox* intervalBox(QWidget* parent, const QString& tooltip) {
    auto* box = new QSpinBox(parent);
    box->setRange(0, 1000000);
    box->setSingleStep(50);
    box->setSpecialValueText(QCoreApplication::translate("TrainSettingsPanel", "Never"));
    box->setToolTip(tooltip);
    return box;
}

}  // namespace

TrainSettingsPanel::TrainSettingsPanel(QWidget* parent)
    : QWidget(parent),
      m_dataset(new QLineEdit(this)),
      m_scan(new QPushButton(tr("Scan"), this)),
      m_baseModel(new QLineEdit(this)),
      m_runFolder(new QLineEdit(this)),
      m_preset(new QComboBox(this)),
      m_mode(new QComboBox(this)),
      m_parts(new QComboBox(this)),
      m_steps(new QSpinBox(this)),
      m_batch(new QSpinBox(this)),
      m_lrUnet(new ScientificSpinBox(this)),
      m_lrNew(new ScientificSpinBox(this)),
      m_klBeta(new ScientificSpinBox(this)),
      m_resolution(new QSpinBox(this)),
      m_promptTemplate(new QLineEdit(this)),
      m_validateEvery(nullptr),
      m_sampleEvery(nullptr),
      m_checkpointEvery(nullptr),
      m_train(new QPushButton(tr("Train"), this)),
      m_stop(new QPushButton(tr("Stop"), this)),
      m_resume(new QPushButton(tr("Resume"), this)) {
    m_dataset->setPlaceholderText(tr("Folder with one sub-folder per class, or a CSV"));
    m_dataset->setToolTip(tr("The training images: a folder with one sub-folder per class, "
                             "or a CSV manifest with the columns path and class"));
    auto* datasetBrowse = new QToolButton(this);
    datasetBrowse->setText(QStringLiteral("…"));
    datasetBrowse->setToolTip(tr("Choose the dataset folder or CSV manifest"));
    datasetBrowse->setPopupMode(QToolButton::InstantPopup);
    auto* datasetMenu = new QMenu(datasetBrowse);
    datasetMenu->addAction(tr("Folder…"), this, &TrainSettingsPanel::browseDatasetFolder);
    datasetMenu->addAction(tr("CSV manifest…"), this, &TrainSettingsPanel::browseDatasetCsv);
    datasetBrowse->setMenu(datasetMenu);
    m_scan->setToolTip(tr("Check every image of the dataset and count the classes (a job; unreadable files are "
                          "listed with the reason)"));
    connect(m_scan, &QPushButton::clicked, this, &TrainSettingsPanel::scanRequested);
    connect(m_dataset, &QLineEdit::editingFinished, this, [this] { Q_EMIT datasetPathChanged(datasetPath()); });

    m_baseModel->setToolTip(tr("The Stable Diffusion model to fine-tune (a diffusers folder or a .safetensors file)"));
    auto* modelBrowse = new QToolButton(this);
    modelBrowse->setText(QStringLiteral("…"));
    modelBrowse->setToolTip(tr("Choose the base model"));
    modelBrowse->setPopupMode(QToolButton::InstantPopup);
    auto* modelMenu = new QMenu(modelBrowse);
    modelMenu->addAction(tr("Model folder…"), this, &TrainSettingsPanel::browseBaseModelFolder);
    modelMenu->addAction(tr("Model file…"), this, &TrainSettingsPanel::browseBaseModelFile);
    modelBrowse->setMenu(modelMenu);

    m_runFolder->setToolTip(tr("The run folder: configuration, loss log, sample grids, checkpoints and the "
                               "trained model are written here"));
    auto* runBrowse = new QToolButton(this);
    runBrowse->setText(QStringLiteral("…"));
    runBrowse->setToolTip(tr("Choose the run folder"));
    connect(runBrowse, &QToolButton::clicked, this, &TrainSettingsPanel::browseRunFolder);
    auto* openRun = new QToolButton(this);
    openRun->setText(tr("Open run…"));
    openRun->setToolTip(tr("Open an existing run: its settings, loss curves and latest samples"));
    connect(openRun, &QToolButton::clicked, this, &TrainSettingsPanel::openRunRequested);

    for (const std::string& key : clue::train_preset_names()) {
        const QString name = QString::fromStdString(key);
        m_preset->addItem(presetDisplayName(name), name);
    }
    m_preset->setToolTip(tr("Preset: fills the settings below with values that suit the data and the machine"));
    connect(m_preset, &QComboBox::activated, this,
            [this](int index) { applyPreset(m_preset->itemData(index).toString()); });

    m_mode->addItem(tr("CLUE (style path)"), int(clue::TrainMode::Clue));
    m_mode->addItem(tr("Vanilla fine-tune"), int(clue::TrainMode::Vanilla));
    m_mode->setToolTip(tr("CLUE learns a style vector s per image (style encoder + a second cross-attention); "
                          "vanilla fine-tunes the U-Net only (the baseline)"));
    m_parts->addItem(tr("Whole U-Net"), int(clue::TrainParts::FullUNet));
    m_parts->addItem(tr("New layers only"), int(clue::TrainParts::NewLayersOnly));
    m_parts->setToolTip(tr("Which weights train: the whole U-Net, or only the new style layers (U-Net frozen; "
                           "faster, less memory)"));
    m_steps->setRange(1, 10000000);
    m_steps->setSingleStep(100);
    m_steps->setToolTip(tr("Optimizer steps to train"));
    m_batch->setRange(1, 1024);
    m_batch->setToolTip(tr("Images per optimizer step"));
    m_lrUnet->setToolTip(tr("Learning rate of the U-Net weights (1e-5 is typical)"));
    m_lrNew->setToolTip(tr("Learning rate of the new layers: style attention, token projector, style encoder"));
    m_klBeta->setToolTip(tr("β: weight of the KL term that keeps s close to N(0, I); larger = smoother style space, "
                            "less detail"));
    m_resolution->setRange(0, 4096);
    m_resolution->setSingleStep(64);
    m_resolution->setSuffix(tr(" px"));
    m_resolution->setSpecialValueText(tr("Model native"));
    m_resolution->setToolTip(tr("Training image size in pixels; images are preprocessed to this square size"));
    m_promptTemplate->setToolTip(tr("The training prompt; {class} is replaced by each image's class"));
    m_validateEvery = intervalBox(this, tr("Steps between validation-loss measurements (fixed noise and timesteps)"));
    m_sampleEvery = intervalBox(this, tr("Steps between sample grids (each class with a few styles)"));
    m_checkpointEvery = intervalBox(this, tr("Steps between checkpoints (Stop always writes one)"));

    // Long preset names and paths must not widen the dock (it scrolls horizontally otherwise).
    for (QComboBox* combo : {m_preset, m_mode, m_parts}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    for (QLineEdit* edit : {m_dataset, m_baseModel, m_runFolder, m_promptTemplate}) edit->setMinimumWidth(80);

    m_train->setToolTip(tr("Start a new run in the run folder"));
    m_stop->setToolTip(tr("Stop after the current step; a checkpoint is written so that nothing is lost"));
    m_resume->setToolTip(tr("Continue the run in the run folder from its latest checkpoint"));
    connect(m_train, &QPushButton::clicked, this, &TrainSettingsPanel::trainRequested);
    connect(m_stop, &QPushButton::clicked, this, &TrainSettingsPanel::stopRequested);
    connect(m_resume, &QPushButton::clicked, this, &TrainSettingsPanel::resumeRequested);
    QFont bold = m_train->font();
    bold.setBold(true);
    m_train->setFont(bold);

    auto* data = new QGroupBox(tr("Data and model"), this);
    auto* dataForm = new QFormLayout(data);
    dataForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    dataForm->setRowWrapPolicy(QFormLayout::WrapAllRows);  // paths need the dock's whole width
    dataForm->addRow(tr("Dataset"), row(data, m_dataset, datasetBrowse, m_scan));
    dataForm->addRow(tr("Base model"), row(data, m_baseModel, modelBrowse));
    dataForm->addRow(tr("Run folder"), row(data, m_runFolder, runBrowse, openRun));

    auto* training = new QGroupBox(tr("Training"), this);
    auto* form = new QFormLayout(training);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Preset"), m_preset);
    form->addRow(tr("Mode"), m_mode);
    form->addRow(tr("Train"), m_parts);
    form->addRow(tr("Steps"), m_steps);
    form->addRow(tr("Batch size"), m_batch);
    form->addRow(tr("LR U-Net"), m_lrUnet);
    form->addRow(tr("LR new layers"), m_lrNew);
    form->addRow(tr("KL weight β"), m_klBeta);
    form->addRow(tr("Resolution"), m_resolution);
    form->addRow(tr("Prompt template"), m_promptTemplate);
    form->addRow(tr("Validate every"), m_validateEvery);
    form->addRow(tr("Samples every"), m_sampleEvery);
    form->addRow(tr("Checkpoint every"), m_checkpointEvery);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_train, 2);
    buttons->addWidget(m_stop, 1);
    buttons->addWidget(m_resume, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(data);
    layout->addWidget(training);
    layout->addLayout(buttons);

    const int preferred = m_preset->findData(QStringLiteral("few-hundred-images"));
    if (m_preset->count() > 0) {
        m_preset->setCurrentIndex(preferred >= 0 ? preferred : 0);
        applyPreset(m_preset->currentData().toString());
    } else {
        setOptions(clue::TrainOptions{});
    }
    updateButtons();
}

QString TrainSettingsPanel::presetDisplayName(const QString& key) {
    if (key == QLatin1String("few-hundred-images")) return tr("A few hundred images (GPU)");
    if (key == QLatin1String("cpu-small")) return tr("Small model on the CPU");
    if (key == QLatin1String("smoke")) return tr("Smoke test (a few steps)");
    return key;
}

bool TrainSettingsPanel::applyPreset(const QString& name) {
    const auto preset = clue::train_preset(name.toStdString());
    if (!preset) return false;
    clue::TrainOptions options = preset.value();
    // The preset sets the recipe; where the data, model and run live stays as the user chose.
    options.dataset = datasetPath().toStdString();
    options.base_model = baseModel().toStdString();
    options.output_dir = runFolder().toStdString();
    setOptions(options);
    const QSignalBlocker blocker(m_preset);
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(name)));
    return true;
}

clue::TrainOptions TrainSettingsPanel::options() const {
    clue::TrainOptions o = m_hidden;
    o.dataset = datasetPath().toStdString();
    o.base_model = baseModel().toStdString();
    o.output_dir = runFolder().toStdString();
    o.mode = static_cast<clue::TrainMode>(m_mode->currentData().toInt());
    o.parts = static_cast<clue::TrainParts>(m_parts->currentData().toInt());
    o.max_steps = m_steps->value();
    o.batch_size = m_batch->value();
    o.lr_unet = m_lrUnet->value();
    o.lr_new = m_lrNew->value();
    o.kl_beta = m_klBeta->value();
    o.resolution = m_resolution->value();
    o.prompt_template = m_promptTemplate->text().toStdString();
    o.validate_every = m_validateEvery->value();
    o.sample_every = m_sampleEvery->value();
    o.checkpoint_every = m_checkpointEvery->value();
    return o;
}

void TrainSettingsPanel::setOptions(const clue::TrainOptions& o) {
    m_hidden = o;
    setDatasetPath(QString::fromStdString(o.dataset));
    setBaseModel(QString::fromStdString(o.base_model));
    setRunFolder(QString::fromStdString(o.output_dir));
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(int(o.mode))));
    m_parts->setCurrentIndex(qMax(0, m_parts->findData(int(o.parts))));
    m_steps->setValue(o.max_steps);
    m_batch->setValue(o.batch_size);
    m_lrUnet->setValue(o.lr_unet);
    m_lrNew->setValue(o.lr_new);
    m_klBeta->setValue(o.kl_beta);
    m_resolution->setValue(o.resolution);
    m_promptTemplate->setText(QString::fromStdString(o.prompt_template));
    m_validateEvery->setValue(o.validate_every);
    m_sampleEvery->setValue(o.sample_every);
    m_checkpointEvery->setValue(o.checkpoint_every);
}

QString TrainSettingsPanel::datasetPath() const { return QDir::fromNativeSeparators(m_dataset->text().trimmed()); }

void TrainSettingsPanel::setDatasetPath(const QString& path) { m_dataset->setText(QDir::toNativeSeparators(path)); }

QString TrainSettingsPanel::baseModel() const { return QDir::fromNativeSeparators(m_baseModel->text().trimmed()); }

void TrainSettingsPanel::setBaseModel(const QString& path) { m_baseModel->setText(QDir::toNativeSeparators(path)); }

QString TrainSettingsPanel::runFolder() const { return QDir::fromNativeSeparators(m_runFolder->text().trimmed()); }

void TrainSettingsPanel::setRunFolder(const QString& path) { m_runFolder->setText(QDir::toNativeSeparators(path)); }

void TrainSettingsPanel::setTraining(bool training) {
    m_training = training;
    updateButtons();
}

void TrainSettingsPanel::setScanning(bool scanning) {
    m_scanning = scanning;
    updateButtons();
}

void TrainSettingsPanel::updateButtons() {
    m_train->setEnabled(!m_training);
    m_resume->setEnabled(!m_training);
    m_stop->setEnabled(m_training);
    m_scan->setEnabled(!m_scanning);
}

void TrainSettingsPanel::browseDatasetFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the dataset folder"), datasetPath());
    if (folder.isEmpty()) return;
    setDatasetPath(folder);
    Q_EMIT datasetPathChanged(folder);
}

void TrainSettingsPanel::browseDatasetCsv() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the CSV manifest"), datasetPath(),
                                                      tr("CSV files (*.csv)"));
    if (file.isEmpty()) return;
    setDatasetPath(file);
    Q_EMIT datasetPathChanged(file);
}

void TrainSettingsPanel::browseBaseModelFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the base model folder"), baseModel());
    if (!folder.isEmpty()) setBaseModel(folder);
}

void TrainSettingsPanel::browseBaseModelFile() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the base model file"), baseModel(),
                                                      tr("Safetensors checkpoints (*.safetensors)"));
    if (!file.isEmpty()) setBaseModel(file);
}

void TrainSettingsPanel::browseRunFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the run folder"), runFolder());
    if (!folder.isEmpty()) setRunFolder(folder);
}
