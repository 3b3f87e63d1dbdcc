#include "views/dataset_wizard/output_page.h"

#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "views/dataset_wizard/augment_wizard.h"
#include "views/dataset_wizard/model_data_page.h"
#include "views/dataset_wizard/wizard_common.h"

namespace {

// The nearest folder that exists on the way up (where a new output folder would be created).
QFileInfo nearestExisting(QString path) {
    QFileInfo info(path);
    while (!info.exists() && info.absoluteFilePath() != info.absolutePath() && !path.isEmpty()) {
        path = info.absolutePath();
        info = QFileInfo(path);
    }
    return info;
}

bool isInside(const QString& path, const QString& folder) {
    const QString p = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QString f = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    return p == f || p.startsWith(f + QLatin1Char('/'));
}

}  // namespace

OutputPage::OutputPage(AugmentWizard* wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_output(new QLineEdit(this)),
      m_check(new QCheckBox(tr("Check for memorisation"), this)),
      m_exclude(new QCheckBox(tr("Exclude near copies"), this)),
      m_threshold(new QDoubleSpinBox(this)),
      m_advanced(new QGroupBox(tr("Advanced: split the work"), this)),
      m_shardIndex(new QSpinBox(this)),
      m_shardCount(new QSpinBox(this)),
      m_saveRecipe(new QPushButton(tr("Save recipe…"), this)),
      m_recipeLabel(new QLabel(this)),
      m_problems(WizardCommon::makeProblemLabel(this)) {
    setTitle(tr("Output and checks"));
    setSubTitle(tr("Where the synthetic set is written, and how it is checked against the real images."));

    m_output->setPlaceholderText(tr("A new or existing folder outside the real images"));
    m_output->setToolTip(tr("The synthetic set: <class>/<class>_NNNNN.png with full provenance, manifest.csv and "
                            "manifest.json. Images already there are kept (a run resumes)"));
    auto* browse = new QToolButton(this);
    browse->setText(QStringLiteral("…"));
    browse->setToolTip(tr("Choose the output folder"));
    connect(browse, &QToolButton::clicked, this, &OutputPage::browseOutput);

    m_check->setToolTip(tr("Compare every synthetic image with the real training images and flag near copies "
                           "(memorised images)"));
    m_exclude->setToolTip(tr("Move flagged images to _excluded/ and leave them out of the manifest"));
    m_threshold->setRange(0.0, 1.0);
    m_threshold->setDecimals(3);
    m_threshold->setSingleStep(0.005);
    m_threshold->setToolTip(tr("Flag an image when the nearest real image is closer than this (mean absolute "
                               "pixel difference at 64², 0…1) or its feature distance is below a fifth of it"));
    connect(m_check, &QCheckBox::toggled, this, &OutputPage::updateEnabled);

    m_shardIndex->setRange(0, 99999);
    m_shardIndex->setToolTip(tr("Which share this run makes, counted from 0 (like clue augment --shard i/N)"));
    m_shardCount->setRange(1, 100000);
    m_shardCount->setToolTip(tr("Into how many shares the plan is split: run one process per share, on one or "
                                "several machines, into the same output folder"));
    m_advanced->setToolTip(tr("Split a large plan over several processes or machines"));
    auto* shardRow = new QHBoxLayout(m_advanced);
    shardRow->addWidget(new QLabel(tr("Shard"), m_advanced));
    shardRow->addWidget(m_shardIndex);
    shardRow->addWidget(new QLabel(tr("of"), m_advanced));
    shardRow->addWidget(m_shardCount);
    shardRow->addStretch(1);

    m_saveRecipe->setToolTip(tr("Save these settings as a JSON recipe; the command line runs it with "
                                "clue augment --recipe FILE"));
    connect(m_saveRecipe, &QPushButton::clicked, this, &OutputPage::saveRecipeDialog);
    m_recipeLabel->setWordWrap(true);
    m_recipeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recipeLabel->setText(tr("A saved recipe runs without the window: clue augment --recipe FILE"));

    auto* outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Output folder"), outputRow);
    form->addRow(QString(), m_check);
    form->addRow(QString(), m_exclude);
    form->addRow(tr("Near-copy threshold"), m_threshold);
    auto* recipeRow = new QHBoxLayout;
    recipeRow->addWidget(m_saveRecipe);
    recipeRow->addWidget(m_recipeLabel, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_advanced);
    layout->addLayout(recipeRow);
    layout->addStretch(1);
    layout->addWidget(m_problems);
    setFrom(clue::AugmentOptions{});
}

void OutputPage::setDefaultOutput(const QString& folder) {
    if (m_output->text().trimmed().isEmpty()) m_output->setText(QDir::toNativeSeparators(folder));
}

void OutputPage::updateEnabled() {
    m_exclude->setEnabled(m_check->isChecked());
    m_threshold->setEnabled(m_check->isChecked());
}

void OutputPage::applyTo(clue::AugmentOptions& options) const {
    options.output_dir = QDir::fromNativeSeparators(m_output->text().trimmed()).toStdString();
    options.memorisation_check = m_check->isChecked();
    options.exclude_near_copies = m_exclude->isChecked();
    options.near_copy_threshold = m_threshold->value();
    options.shard_index = m_shardIndex->value();
    options.shard_count = m_shardCount->value();
}

void OutputPage::setFrom(const clue::AugmentOptions& options) {
    m_output->setText(QDir::toNativeSeparators(QString::fromStdString(options.output_dir)));
    m_check->setChecked(options.memorisation_check);
    m_exclude->setChecked(options.exclude_near_copies);
    m_threshold->setValue(options.near_copy_threshold);
    m_shardCount->setValue(options.shard_count);
    m_shardIndex->setValue(options.shard_index);
    updateEnabled();
}

QStringList OutputPage::ownProblems() const {
    const QString path = QDir::fromNativeSeparators(m_output->text().trimmed());
    if (path.isEmpty()) return {};  // clue::validate names it
    const QFileInfo info(path);
    if (info.exists() && !info.isDir()) return {tr("The output folder %1 is a file.").arg(info.absoluteFilePath())};
    const QFileInfo parent = nearestExisting(path);
    if (!parent.exists() || !parent.isDir() || !parent.isWritable())
        return {tr("The output folder %1 cannot be created or written: %2 is not a writable folder.")
                    .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(parent.absoluteFilePath()))};
    const QString dataset = QDir::fromNativeSeparators(m_wizard->modelDataPage()->datasetPath());
    if (!dataset.isEmpty() && QFileInfo(dataset).isDir() && isInside(path, dataset))
        return {tr("The output folder lies inside the real images: synthetic images would be counted as real "
                   "ones. Choose a folder outside %1.").arg(QDir::toNativeSeparators(dataset))};
    return {};
}

bool OutputPage::saveRecipeTo(const QString& file) {
    QString error;
    if (!m_wizard->saveRecipe(file, &error)) {
        WizardCommon::showProblems(m_problems, {tr("The recipe could not be saved to %1: %2")
                                                    .arg(QDir::toNativeSeparators(file), error)});
        return false;
    }
    m_recipeLabel->setText(tr("Saved. Run it from a terminal with: clue augment --recipe \"%1\"")
                               .arg(QDir::toNativeSeparators(file)));
    return true;
}

void OutputPage::browseOutput() {
    const QString start = m_output->text().isEmpty() ? QDir::homePath() : m_output->text();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the output folder"), start);
    if (!folder.isEmpty()) m_output->setText(QDir::toNativeSeparators(folder));
}

void OutputPage::saveRecipeDialog() {
    const QString output = QDir::fromNativeSeparators(m_output->text().trimmed());
    const QString start = output.isEmpty() ? QDir::home().filePath(QStringLiteral("augment.json"))
                                           : QDir(output).filePath(QStringLiteral("augment.json"));
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Save recipe"), start, tr("Augmentation recipes (*.json)"));
    if (!file.isEmpty()) saveRecipeTo(file);
}

bool OutputPage::validatePage() {
    const QStringList problems = m_wizard->problems(AugmentWizard::OutputPageId);
    WizardCommon::showProblems(m_problems, problems);
    return problems.isEmpty();
}
