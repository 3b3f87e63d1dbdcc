#include "common/model_session.h"

#include "common/job_controller.h"

ModelSession::ModelSession(JobController* jobs, QObject* parent) : QObject(parent), m_jobs(jobs) {
    connect(m_jobs, &JobController::finished, this,
            [this](quint64 id, clue::JobState state, const QString&) { onFinished(id, state); });
    connect(m_jobs, &JobController::failed, this, &ModelSession::onFailed);
}

ModelSession::~ModelSession() = default;

void ModelSession::load(const QString& path, const QString& device) {
    if (m_loadJob != 0) m_jobs->cancel(m_loadJob);
    m_model.reset();
    m_path.clear();
    m_loadingPath = path;
    m_loadError = clue::Error{clue::Errc::Internal, "the load job ended without a model"};
    auto slot = std::make_shared<std::shared_ptr<clue::Model>>();
    m_pending = slot;
    clue::LoadOptions options;
    options.device = device.isEmpty() ? std::string("auto") : device.toStdString();
    const std::string file = path.toStdString();
    m_loadJob = m_jobs->submit(tr("Load model"), [slot, file, options](clue::JobContext& context) -> clue::Status {
        auto result = clue::Model::load(file, options, &context);
        if (!result) return result.error();
        *slot = std::move(result.value());
        return clue::Ok{};
    });
    Q_EMIT loadStarted(path);
}

void ModelSession::onFinished(quint64 id, clue::JobState state) {
    if (id != m_loadJob) return;
    m_loadJob = 0;
    const QString path = m_loadingPath;
    m_loadingPath.clear();
    auto slot = std::move(m_pending);
    if (state == clue::JobState::Succeeded && slot && *slot) {
        m_model = *slot;
        m_path = path;
        Q_EMIT loaded(path);
    } else if (state == clue::JobState::Cancelled) {
        Q_EMIT loadCancelled(path);
    } else {
        // Reported after the state is reset, so that listeners see "no model, not loading".
        Q_EMIT loadFailed(path, m_loadError);
    }
}

void ModelSession::onFailed(quint64 id, const clue::Error& error) {
    if (id == m_loadJob) m_loadError = error;  // finished() follows and reports it
}

QString ModelSession::name() const { return m_model ? QString::fromStdString(m_model->info().name) : QString(); }

QString ModelSession::shortHash() const {
    return m_model ? QString::fromStdString(m_model->info().short_hash) : QString();
}

QString ModelSession::displayName() const {
    if (!m_model) return {};
    const QString hash = shortHash();
    return hash.isEmpty() ? name() : QStringLiteral("%1 [%2]").arg(name(), hash);
}

int ModelSession::nativeSize() const { return m_model ? m_model->info().native_size : 512; }

QString ModelSession::device() const { return m_model ? QString::fromStdString(m_model->info().device) : QString(); }
