#include "views/evaluate/evaluate_settings_panel.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const int kScales[] = {100, 200, 300, 500, 1000};
}

QLineEdit* EvaluateSettingsPanel::pathField(const QString& tip, bool folder, const QString& filter, QWidget** row) {
    auto* w = new QWidget(this);
    auto* h = new QHBoxLayout(w);
    h->setContentsMargins(0, 0, 0, 0);
    auto* edit = new QLineEdit(w);
    edit->setToolTip(tip);
    auto* browse = new QToolButton(w);
    browse->setText(QStringLiteral("…"));
    browse->setToolTip(tr("Browse"));
    h->addWidget(edit, 1);
    h->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this, edit, folder, filter] {
        const QString start = edit->text().isEmpty() ? QDir::homePath() : edit->text();
        const QString picked = folder ? QFileDialog::getExistingDirectory(this, tr("Choose a folder"), start)
                                      : QFileDialog::getOpenFileName(this, tr("Choose a file"), start, filter);
        if (!picked.isEmpty()) edit->setText(QDir::toNativeSeparators(picked));
    });
    *row = w;
    return edit;
}

EvaluateSettingsPanel::EvaluateSettingsPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* data = new QGroupBox(tr("Images"), this);
    auto* form = new QFormLayout(data);
    QWidget* row = nullptr;
    m_real = pathField(tr("The real training images of the fine-tune (folder with one sub-folder per class, or a "
                          "manifest CSV); their validation split stops the classifiers early"),
                       true, {}, &row);
    form->addRow(tr("Real (training)"), row);
    m_test = pathField(tr("Held-out real test images that no model has seen (required)"), true, {}, &row);
    form->addRow(tr("Real (test)"), row);
    m_external = pathField(tr("Optional second test set, e.g. from another clinic"), true, {}, &row);
    form->addRow(tr("External (optional)"), row);
    layout->addWidget(data);

    auto* synth = new QGroupBox(tr("Synthetic sets"), this);
    auto* sv = new QVBoxLayout(synth);
    m_synthetic = new QTableWidget(0, 2, synth);
    m_synthetic->setHorizontalHeaderLabels({tr("Name"), tr("Folder")});
    m_synthetic->horizontalHeader()->setStretchLastSection(true);
    m_synthetic->verticalHeader()->hide();
    m_synthetic->setMinimumHeight(90);
    m_synthetic->setToolTip(tr("Augmentation outputs to compare (folders written by Tools ▸ Augment dataset); the "
                               "name labels the set in the report"));
    sv->addWidget(m_synthetic);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add…"), synth);
    add->setToolTip(tr("Add a synthetic set (a folder)"));
    auto* remove = new QPushButton(tr("Remove"), synth);
    remove->setToolTip(tr("Remove the selected synthetic set"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    sv->addLayout(buttons);
    layout->addWidget(synth);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a synthetic set"), QDir::homePath());
        if (dir.isEmpty()) return;
        const QString name = m_synthetic->rowCount() == 0 ? QStringLiteral("CLUE")
                             : m_synthetic->rowCount() == 1 ? QStringLiteral("vanilla")
                                                            : QDir(dir).dirName();
        addSyntheticRow(name, QDir::toNativeSeparators(dir));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int r = m_synthetic->currentRow();
        if (r >= 0) m_synthetic->removeRow(r);
    });

    auto* protocol = new QGroupBox(tr("Protocol"), this);
    auto* pf = new QFormLayout(protocol);
    auto* scales = new QWidget(protocol);
    auto* sh = new QGridLayout(scales);  // three per row: the dock stays narrow
    sh->setContentsMargins(0, 0, 0, 0);
    for (int s : kScales) {
        auto* box = new QCheckBox(QStringLiteral("%1 %").arg(s), scales);
        box->setChecked(s != 300);
        box->setToolTip(tr("Train a classifier on synthetic images only, %1 % of the real training count per class")
                            .arg(s));
        sh->addWidget(box, int(m_scales.size()) / 3, int(m_scales.size()) % 3);
        m_scales.append(box);
    }
    pf->addRow(tr("Scales"), scales);
    m_seeds = new QSpinBox(protocol);
    m_seeds->setRange(1, 10);
    m_seeds->setValue(3);
    m_seeds->setToolTip(tr("Classifier seeds per configuration; the report gives mean ± sd"));
    pf->addRow(tr("Seeds"), m_seeds);
    m_steps = new QSpinBox(protocol);
    m_steps->setRange(50, 100000);
    m_steps->setSingleStep(100);
    m_steps->setValue(600);
    m_steps->setToolTip(tr("Training steps of every classifier (the same budget for every training set)"));
    pf->addRow(tr("Classifier steps"), m_steps);
    m_size = new QSpinBox(protocol);
    m_size->setRange(32, 512);
    m_size->setSingleStep(32);
    m_size->setValue(64);
    m_size->setSuffix(tr(" px"));
    m_size->setToolTip(tr("Input edge of the classifier; use the model's resolution"));
    pf->addRow(tr("Image size"), m_size);
    m_fid = new QCheckBox(tr("FID, KID, precision and recall"), protocol);
    m_fid->setChecked(true);
    m_fid->setToolTip(tr("Distribution metrics of each synthetic set against the real test images"));
    pf->addRow(QString(), m_fid);
    m_inception = pathField(tr("Inception-v3 TF-FID weights as .safetensors (optional). Without them CLUE Studio "
                               "trains its own feature extractor on the real images; the report names which was used."),
                            false, tr("safetensors (*.safetensors)"), &row);
    pf->addRow(tr("Inception-v3"), row);
    m_output = pathField(tr("The report folder: report.html, figures, results.json"), true, {}, &row);
    m_output->setText(QDir::toNativeSeparators(QDir::home().filePath(QStringLiteral("clue-studio/reports/evaluation"))));
    pf->addRow(tr("Report folder"), row);
    layout->addWidget(protocol);

    auto* actions = new QHBoxLayout;
    m_run = new QPushButton(tr("Run evaluation"), this);
    m_run->setToolTip(tr("Train the feature extractor and the classifiers and write the report (a job; it can take "
                         "a while on a CPU)"));
    m_openReport = new QPushButton(tr("Open report…"), this);
    m_openReport->setToolTip(tr("Show an earlier evaluation (its results.json)"));
    actions->addWidget(m_run);
    actions->addWidget(m_openReport);
    layout->addLayout(actions);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b03000"));
    m_message->hide();
    layout->addWidget(m_message);
    connect(m_run, &QPushButton::clicked, this, &EvaluateSettingsPanel::runRequested);
    connect(m_openReport, &QPushButton::clicked, this, &EvaluateSettingsPanel::openReportRequested);
}

void EvaluateSettingsPanel::addSyntheticRow(const QString& name, const QString& folder) {
    const int r = m_synthetic->rowCount();
    m_synthetic->insertRow(r);
    m_synthetic->setItem(r, 0, new QTableWidgetItem(name));
    m_synthetic->setItem(r, 1, new QTableWidgetItem(folder));
}

clue::EvaluateOptions EvaluateSettingsPanel::options() const {
    clue::EvaluateOptions o;
    o.real = QDir::fromNativeSeparators(m_real->text().trimmed()).toStdString();
    o.test = QDir::fromNativeSeparators(m_test->text().trimmed()).toStdString();
    o.external = QDir::fromNativeSeparators(m_external->text().trimmed()).toStdString();
    for (int r = 0; r < m_synthetic->rowCount(); ++r) {
        const auto text = [&](int c) { return m_synthetic->item(r, c) ? m_synthetic->item(r, c)->text().trimmed() : QString(); };
        o.synthetic.push_back({text(0).toStdString(), QDir::fromNativeSeparators(text(1)).toStdString()});
    }
    o.scales.clear();
    for (int i = 0; i < m_scales.size(); ++i)
        if (m_scales[i]->isChecked()) o.scales.push_back(kScales[i]);
    o.seeds = m_seeds->value();
    o.classifier.steps = m_steps->value();
    o.classifier.image_size = o.extractor.image_size = m_size->value();
    o.fid = m_fid->isChecked();
    o.inception_weights = QDir::fromNativeSeparators(m_inception->text().trimmed()).toStdString();
    o.output_dir = QDir::fromNativeSeparators(m_output->text().trimmed()).toStdString();
    return o;
}

void EvaluateSettingsPanel::setOptions(const clue::EvaluateOptions& o) {
    m_real->setText(QString::fromStdString(o.real));
    m_test->setText(QString::fromStdString(o.test));
    m_external->setText(QString::fromStdString(o.external));
    m_synthetic->setRowCount(0);
    for (const auto& s : o.synthetic) addSyntheticRow(QString::fromStdString(s.name), QString::fromStdString(s.source));
    for (int i = 0; i < m_scales.size(); ++i)
        m_scales[i]->setChecked(std::find(o.scales.begin(), o.scales.end(), double(kScales[i])) != o.scales.end());
    m_seeds->setValue(o.seeds);
    m_steps->setValue(o.classifier.steps);
    m_size->setValue(o.classifier.image_size);
    m_fid->setChecked(o.fid);
    m_inception->setText(QString::fromStdString(o.inception_weights));
    if (!o.output_dir.empty()) m_output->setText(QString::fromStdString(o.output_dir));
}

void EvaluateSettingsPanel::showMessage(const QString& text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void EvaluateSettingsPanel::setRunning(bool running) {
    m_run->setEnabled(!running);
    m_openReport->setEnabled(!running);
}
