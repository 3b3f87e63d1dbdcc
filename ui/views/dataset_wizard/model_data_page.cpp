#include "views/dataset_wizard/model_data_page.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "common/error_text.h"
#include "common/job_controller.h"
#include "views/dataset_wizard/augment_wizard.h"
#include "views/dataset_wizard/wizard_common.h"

namespace {

QTableWidgetItem* numberItem(int value) {
    auto* item = new QTableWidgetItem(QString::number(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString native(const QString& path) { return QDir::toNativeSeparators(path); }

}  // namespace

ModelDataPage::ModelDataPage(AugmentWizard* wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_model(new QLineEdit(this)),
      m_facts(new QLabel(this)),
      m_dataset(new QLineEdit(this)),
      m_scan(new QPushButton(tr("Scan"), this)),
      m_status(new QLabel(this)),
      m_classes(new QTableWidget(0, 3, this)),
      m_problems(WizardCommon::makeProblemLabel(this)) {
    setTitle(tr("Model and real images"));
    setSubTitle(tr("The fine-tuned model that draws the synthetic images, and the real images they add to."));

    m_model->setPlaceholderText(tr("A fine-tuned model folder (a run's model/)"));
    m_model->setToolTip(tr("The model that generates the images: a CLUE or vanilla fine-tune (a run's model/ "
                           "folder). Default: the open model"));
    auto* modelBrowse = new QToolButton(this);
    modelBrowse->setText(QStringLiteral("…"));
    modelBrowse->setToolTip(tr("Choose the model folder"));
    connect(modelBrowse, &QToolButton::clicked, this, &ModelDataPage::browseModel);
    connect(m_model, &QLineEdit::editingFinished, this, [this] {
        if (QDir::cleanPath(m_model->text()) != QDir::cleanPath(m_wizard->modelFacts().path))
            m_wizard->setModelPath(m_model->text().trimmed());
    });
    m_facts->setWordWrap(true);
    m_facts->setToolTip(tr("Whether the model has a style path (CLUE): only then can the style of each image be "
                           "chosen on the Style page"));

    m_dataset->setPlaceholderText(tr("Folder with one sub-folder per class, or a CSV"));
    m_dataset->setToolTip(tr("The real images: quotas in % count them, the memorisation check compares against "
                             "them, and \"around real images\" starts from their styles"));
    auto* datasetBrowse = new QToolButton(this);
    datasetBrowse->setText(QStringLiteral("…"));
    datasetBrowse->setToolTip(tr("Choose the dataset folder or CSV manifest"));
    datasetBrowse->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(datasetBrowse);
    menu->addAction(tr("Folder…"), this, [this] { browseDataset(false); });
    menu->addAction(tr("CSV manifest…"), this, [this] { browseDataset(true); });
    datasetBrowse->setMenu(menu);
    m_scan->setToolTip(tr("Count the real images per class (a job; the split follows the model's run)"));
    connect(m_scan, &QPushButton::clicked, this, [this] { startScan(); });
    connect(m_dataset, &QLineEdit::editingFinished, this, [this] {
        if (!m_dataset->text().isEmpty() && !isScanned() && !isScanning()) startScan();
        Q_EMIT completeChanged();
    });

    m_status->setWordWrap(true);
    m_classes->setHorizontalHeaderLabels({tr("Class"), tr("Training"), tr("Validation")});
    m_classes->setToolTip(tr("Real images per class. Quotas in % count the training images only, as the run "
                             "split them"));
    m_classes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_classes->verticalHeader()->setVisible(false);
    m_classes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(modelBrowse);
    auto* dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataset, 1);
    dataRow->addWidget(datasetBrowse);
    dataRow->addWidget(m_scan);
    auto* form = new QFormLayout;
    form->addRow(tr("Model"), modelRow);
    form->addRow(QString(), m_facts);
    form->addRow(tr("Real images"), dataRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_classes, 1);
    layout->addWidget(m_problems);

    connect(m_wizard, &AugmentWizard::modelFactsChanged, this, &ModelDataPage::updateFacts);
    connect(m_wizard, &AugmentWizard::datasetChanged, this, &ModelDataPage::updateDataset);
    connect(m_wizard->jobs(), &JobController::failed, this, [this](quint64 id, const clue::Error& error) {
        if (id != m_scanJob || error.code == clue::Errc::Cancelled) return;
        m_scanError = tr("The dataset could not be scanned: %1 (%2)")
                          .arg(ErrorText::message(error.code), QString::fromStdString(error.detail));
    });
    connect(m_wizard->jobs(), &JobController::finished, this,
            [this](quint64 id, clue::JobState state) { onJobFinished(id, int(state)); });
    updateFacts();
    updateDataset();
}

bool ModelDataPage::isScanned() const {
    const std::shared_ptr<const clue::Dataset> dataset = m_wizard->dataset();
    return dataset && QString::fromStdString(dataset->source) == QDir::fromNativeSeparators(datasetPath());
}

QString ModelDataPage::modelPath() const { return m_model->text().trimmed(); }
QString ModelDataPage::datasetPath() const { return m_dataset->text().trimmed(); }

void ModelDataPage::setDatasetPath(const QString& path) {
    m_dataset->setText(path);
    Q_EMIT completeChanged();
}

void ModelDataPage::showModel(const QString& path) {
    if (m_model->text() != path) m_model->setText(path);
    Q_EMIT completeChanged();
}

void ModelDataPage::applyTo(clue::AugmentOptions& options) const {
    options.model = QDir::fromNativeSeparators(modelPath()).toStdString();
    options.dataset = QDir::fromNativeSeparators(datasetPath()).toStdString();
}

void ModelDataPage::setFrom(const clue::AugmentOptions& options) {
    m_wizard->setModelPath(QString::fromStdString(options.model));
    setDatasetPath(QString::fromStdString(options.dataset));
    if (!datasetPath().isEmpty() && !isScanned()) startScan();
}

void ModelDataPage::updateFacts() {
    const ModelFacts& facts = m_wizard->modelFacts();
    if (facts.path.isEmpty()) m_facts->setText(tr("Open a model, or choose a fine-tuned model folder."));
    else if (!facts.exists) m_facts->setText(tr("This model does not exist."));
    else if (facts.hasStylePath())
        m_facts->setText(facts.hasStyleSpace
                             ? tr("CLUE model with a style path (s has %1 numbers) and a style space: every style "
                                  "strategy can be used.").arg(facts.styleDim)
                             : tr("CLUE model with a style path (s has %1 numbers); no style space yet, so "
                                  "\"stratified over the PCA map\" falls back to the prior.").arg(facts.styleDim));
    else
        m_facts->setText(tr("No style path (a vanilla fine-tune or a base model): images differ by their seed "
                            "only."));
    // The run's own dataset is the natural default for the real images.
    if (datasetPath().isEmpty() && !facts.trainingDataset.isEmpty()) {
        setDatasetPath(native(facts.trainingDataset));
        startScan();
    }
    Q_EMIT completeChanged();
}

void ModelDataPage::updateDataset() {
    const std::shared_ptr<const clue::Dataset> dataset = m_wizard->dataset();
    if (!dataset) {
        m_classes->setRowCount(0);
        m_status->setText(tr("Choose the real images and press Scan."));
        return;
    }
    const int classes = int(dataset->classes.size());
    m_classes->setRowCount(classes);
    int train = 0, validation = 0;
    for (int i = 0; i < classes; ++i) {
        const int t = i < int(dataset->train_counts.size()) ? dataset->train_counts[size_t(i)] : 0;
        const int v = i < int(dataset->validation_counts.size()) ? dataset->validation_counts[size_t(i)] : 0;
        train += t;
        validation += v;
        m_classes->setItem(i, 0, new QTableWidgetItem(QString::fromStdString(dataset->classes[size_t(i)])));
        m_classes->setItem(i, 1, numberItem(t));
        m_classes->setItem(i, 2, numberItem(v));
    }
    QString text = tr("%1 classes · training images: %2 · validation images: %3 · skipped files: %4")
                       .arg(classes)
                       .arg(train)
                       .arg(validation)
                       .arg(dataset->skipped.size());
    const QStringList modelClasses = m_wizard->modelFacts().classes;
    QStringList unknown;
    for (const std::string& c : dataset->classes)
        if (!modelClasses.isEmpty() && !modelClasses.contains(QString::fromStdString(c)))
            unknown.append(QString::fromStdString(c));
    if (!unknown.isEmpty())
        text += QLatin1Char('\n') + tr("The model was not trained on: %1 (their prompts use the class name as is).")
                                        .arg(unknown.join(QStringLiteral(", ")));
    m_status->setText(text);
    Q_EMIT completeChanged();
}

quint64 ModelDataPage::startScan() {
    const QString path = datasetPath();
    m_scanError.clear();
    if (path.isEmpty()) {
        m_status->setText(tr("Choose a dataset folder or CSV manifest first"));
        return 0;
    }
    if (m_scanJob != 0) m_wizard->jobs()->cancel(m_scanJob);
    auto result = std::make_shared<std::shared_ptr<const clue::Dataset>>();
    const std::string source = QDir::fromNativeSeparators(path).toStdString();
    const clue::DatasetOptions split = m_wizard->modelFacts().split;  // the run's split: the counts augment uses
    // The body touches only its own holder; the GUI thread reads it after finished() (queued, so ordered).
    m_scanJob = m_wizard->jobs()->submit(tr("Scan dataset"), [result, source, split](clue::JobContext& context) {
        auto dataset = clue::scan_dataset(source, split, &context);
        if (!dataset) return clue::Status(dataset.error());
        *result = std::make_shared<const clue::Dataset>(std::move(dataset.value()));
        return clue::Status(clue::Ok{});
    });
    m_scanResult = result;
    m_scanPath = path;
    m_status->setText(tr("Scanning %1 …").arg(native(path)));
    Q_EMIT completeChanged();
    return m_scanJob;
}

void ModelDataPage::onJobFinished(quint64 id, int state) {
    if (id != m_scanJob) return;
    m_scanJob = 0;
    if (state == int(clue::JobState::Succeeded) && m_scanResult && *m_scanResult) {
        m_scanPath.clear();
        m_wizard->setDataset(*m_scanResult);
    } else {
        m_scanPath.clear();
        m_status->setText(m_scanError.isEmpty() ? tr("The scan was cancelled.") : m_scanError);
    }
    m_scanResult.reset();
    if (!m_problems->isHidden()) WizardCommon::showProblems(m_problems, m_wizard->problems(m_wizard->currentId()));
    Q_EMIT completeChanged();
}

QStringList ModelDataPage::ownProblems() const {
    if (isScanning()) return {tr("The real images are being scanned; Next is available when the scan is done.")};
    if (!m_scanError.isEmpty()) return {m_scanError};
    if (!datasetPath().isEmpty() && !isScanned())
        return {tr("Scan the real images first (Scan), so that the quotas know how many there are per class.")};
    return {};
}

bool ModelDataPage::isComplete() const { return !isScanning() && !modelPath().isEmpty() && !datasetPath().isEmpty(); }

bool ModelDataPage::validatePage() {
    const bool needsScan = !datasetPath().isEmpty() && !isScanning() && m_scanError.isEmpty() &&
                           !isScanned();
    if (needsScan && QFileInfo::exists(datasetPath())) startScan();
    const QStringList problems = m_wizard->problems(AugmentWizard::ModelDataPageId);
    WizardCommon::showProblems(m_problems, problems);
    return problems.isEmpty();
}

void ModelDataPage::browseModel() {
    const QString start = modelPath().isEmpty() ? QDir::homePath() : modelPath();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the model folder"), start);
    if (!folder.isEmpty()) m_wizard->setModelPath(folder);
}

void ModelDataPage::browseDataset(bool csv) {
    const QString start = datasetPath().isEmpty() ? QDir::homePath() : datasetPath();
    const QString path =
        csv ? QFileDialog::getOpenFileName(this, tr("Choose a CSV manifest"), start, tr("CSV files (*.csv)"))
            : QFileDialog::getExistingDirectory(this, tr("Choose the dataset folder"), start);
    if (path.isEmpty()) return;
    setDatasetPath(native(path));
    startScan();
}
