#include "common/style_space_holder.h"

#include <QMetaObject>

#include "common/job_controller.h"
#include "common/model_session.h"

StyleSpaceHolder::StyleSpaceHolder(JobController* jobs, ModelSession* session, QObject* parent)
    : QObject(parent), m_jobs(jobs), m_session(session) {
    connect(m_session, &ModelSession::loadStarted, this, [this] { clear(); });
    connect(m_session, &ModelSession::loaded, this, &StyleSpaceHolder::onModelLoaded);
    connect(m_jobs, &JobController::finished, this, [this](quint64 id) {
        if (id == m_loadJob) m_loadJob = 0;
    });
}

void StyleSpaceHolder::onModelLoaded() {
    const auto model = m_session->model();
    if (!model) return;
    const std::string file = model->info().style_space;
    if (model->info().style_dim > 0 && !file.empty()) load(QString::fromStdString(file));
}

void StyleSpaceHolder::load(const QString& path) {
    const std::string file = path.toStdString();
    // `this` outlives the job: MainWindow destroys the JobController (joining the worker) first.
    m_loadJob = m_jobs->submit(tr("Load style space"), [this, file, path](clue::JobContext&) -> clue::Status {
        auto loaded = clue::load_style_space(file);
        if (!loaded) {
            const clue::Error error = loaded.error();
            QMetaObject::invokeMethod(this, [this, path, error] { Q_EMIT loadFailed(path, error); },
                                      Qt::QueuedConnection);
            return error;
        }
        auto space = std::make_shared<const clue::StyleSpace>(std::move(loaded.value()));
        QMetaObject::invokeMethod(this, [this, space, path] { setSpace(space, path); }, Qt::QueuedConnection);
        return clue::Ok{};
    });
}

void StyleSpaceHolder::setSpace(std::shared_ptr<const clue::StyleSpace> space, const QString& path) {
    m_space = std::move(space);
    m_path = path;
    Q_EMIT changed();
}

void StyleSpaceHolder::clear() {
    if (!m_space && m_path.isEmpty()) return;
    m_space.reset();
    m_path.clear();
    Q_EMIT changed();
}
