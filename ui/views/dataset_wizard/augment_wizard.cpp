#include "views/dataset_wizard/augment_wizard.h"

#include <QFile>
#include <QFileInfo>

#include "common/model_session.h"
#include "views/dataset_wizard/model_data_page.h"
#include "views/dataset_wizard/output_page.h"
#include "views/dataset_wizard/quota_page.h"
#include "views/dataset_wizard/run_page.h"
#include "views/dataset_wizard/style_page.h"

namespace {

// Which page owns a clue::validate message, by the field name it starts with.
int pageOfMessage(const QString& message) {
    const QString field = message.section(QLatin1Char(' '), 0, 0);
    if (field == QLatin1String("model") || field == QLatin1String("dataset")) return AugmentWizard::ModelDataPageId;
    if (field == QLatin1String("quota") || field == QLatin1String("scale_percent")) return AugmentWizard::QuotaPageId;
    if (field == QLatin1String("output_dir") || field.startsWith(QLatin1String("shard_")) ||
        field == QLatin1String("near_copy_threshold") || field == QLatin1String("device"))
        return AugmentWizard::OutputPageId;
    return AugmentWizard::StylePageId;  // style, σ, seed, sampler, steps, CFG (and anything unnamed)
}

}  // namespace

AugmentWizard::AugmentWizard(JobController* jobs, ModelSession* session, QWidget* parent)
    : QWizard(parent),
      m_jobs(jobs),
      m_session(session),
      m_modelData(new ModelDataPage(this)),
      m_quota(new QuotaPage(this)),
      m_style(new StylePage(this)),
      m_output(new OutputPage(this)),
      m_run(new RunPage(this)) {
    setObjectName(QStringLiteral("AugmentWizard"));
    setWindowTitle(tr("Augment dataset"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::FinishButton, tr("Close"));
    setPage(ModelDataPageId, m_modelData);
    setPage(QuotaPageId, m_quota);
    setPage(StylePageId, m_style);
    setPage(OutputPageId, m_output);
    setPage(RunPageId, m_run);
    resize(760, 600);
    connect(m_session, &ModelSession::loaded, this, &AugmentWizard::followOpenModel);
    followOpenModel();
}

void AugmentWizard::followOpenModel() {
    if (!m_session->hasModel()) return;
    const QString current = m_modelData->modelPath();
    if (!current.isEmpty() && current != m_modelData->defaultModelPath()) return;  // the user chose another one
    m_modelData->setDefaultModelPath(m_session->path());
    setModelPath(m_session->path());
}

void AugmentWizard::setModelPath(const QString& path) {
    const bool open = m_session->hasModel() && !path.isEmpty() && QFileInfo(path) == QFileInfo(m_session->path());
    m_facts = open ? ModelFactsReader::fromInfo(m_session->model()->info()) : ModelFactsReader::read(path);
    m_facts.path = path;
    m_modelData->showModel(path);
    Q_EMIT modelFactsChanged();
}

void AugmentWizard::setDataset(std::shared_ptr<const clue::Dataset> dataset) {
    m_dataset = std::move(dataset);
    Q_EMIT datasetChanged();
}

clue::AugmentOptions AugmentWizard::options() const {
    clue::AugmentOptions o;
    o.device = m_device.toStdString();
    m_modelData->applyTo(o);
    m_quota->applyTo(o);
    m_style->applyTo(o);
    m_output->applyTo(o);
    return o;
}

void AugmentWizard::setOptions(const clue::AugmentOptions& options) {
    m_device = QString::fromStdString(options.device);
    m_quota->setFrom(options);  // before the dataset: its quotas wait for the class list
    m_style->setFrom(options);
    m_output->setFrom(options);
    m_modelData->setFrom(options);
}

QStringList AugmentWizard::problems(int id) const {
    QStringList out;
    if (const clue::Status valid = clue::validate(options()); !valid) {
        const QStringList messages = QString::fromStdString(valid.error().detail).split(QStringLiteral("; "));
        for (const QString& message : messages)
            if (id == RunPageId || pageOfMessage(message) == id) out.append(message);
    }
    if (id == ModelDataPageId || id == RunPageId) out += m_modelData->ownProblems();
    if (id == OutputPageId || id == RunPageId) out += m_output->ownProblems();
    return out;
}

bool AugmentWizard::saveRecipe(const QString& file, QString* error) const {
    QFile out(file);
    const QByteArray json = QByteArray::fromStdString(clue::to_json(options())) + '\n';
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(json) != json.size() || !out.flush()) {
        if (error) *error = out.errorString();
        return false;
    }
    return true;
}
