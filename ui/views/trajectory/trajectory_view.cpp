#include "views/trajectory/trajectory_view.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMetaObject>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "clue/engine.h"
#include "common/app_settings.h"
#include "common/image_convert.h"
#include "common/job_controller.h"
#include "common/model_session.h"
#include "views/trajectory/cosine_plot.h"
#include "views/trajectory/curve_preview.h"
#include "views/trajectory/swap_timeline.h"
#include "views/trajectory/trajectory_panel.h"
#include "views/trajectory/trajectory_strip.h"
#include "widgets/error_dialog.h"
#include "widgets/image_canvas.h"

TrajectoryView::TrajectoryView(JobController* jobs, ModelSession* session, AppSettings* settings, QWidget* parent)
    : QWidget(parent),
      m_jobs(jobs),
      m_session(session),
      m_settings(settings),
      m_panel(new TrajectoryPanel(this)),
      m_timeline(new SwapTimeline(this)),
      m_preview(new CurvePreview(this)),
      m_strip(new TrajectoryStrip(this)),
      m_plot(new CosinePlot(this)) {
    m_panel->hide();  // shown in the Parameters dock by the window
    auto* hint = new QLabel(tr("<b>Swap steps λ</b> — drag a marker to move it, click to add one, right-click to "
                               "remove one (step 0: pure noise, right end: the image)"),
                            this);
    hint->setWordWrap(true);
    auto* side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("<b>Direction cosine</b> along the trajectory"), this));
    side->addWidget(m_plot, 1);
    side->addWidget(createExportBar());
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_preview, 3);
    middle->addLayout(side, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(hint);
    layout->addWidget(m_timeline);
    layout->addLayout(middle, 1);
    layout->addWidget(m_strip);

    m_timeline->setSteps(m_panel->stepsBox()->value());
    const std::vector<int> initial = m_panel->options().swap_steps;
    m_timeline->setSwapSteps(QList<int>(initial.begin(), initial.end()));
    m_panel->setSwapSteps(m_timeline->swapSteps());
    connect(m_timeline, &SwapTimeline::swapStepsChanged, m_panel, &TrajectoryPanel::setSwapSteps);
    connect(m_panel, &TrajectoryPanel::stepsChanged, m_timeline, &SwapTimeline::setSteps);
    connect(m_panel, &TrajectoryPanel::swapStepsEdited, this, [this](const QList<int>& steps) {
        m_timeline->setSwapSteps(steps);
        m_panel->setSwapSteps(m_timeline->swapSteps());
        if (m_timeline->swapSteps().size() != steps.size())
            m_panel->showMessage(tr("Swap steps must be different numbers from 0 to %1; the others were dropped.")
                                     .arg(m_timeline->steps() - 1));
    });
    connect(m_panel, &TrajectoryPanel::runRequested, this, [this] { run(); });
    connect(m_panel, &TrajectoryPanel::cancelRequested, this, &TrajectoryView::cancel);
    connect(m_preview, &CurvePreview::exactPointWanted, this, &TrajectoryView::decodeExact);
    connect(m_strip, &TrajectoryStrip::pointClicked, this, [this](int index) {
        if (!m_trajectory || index < 0 || size_t(index) >= m_trajectory->images.size()) return;
        const int lambda = m_trajectory->swap_steps[size_t(index)];
        m_preview->showImage(toQImage(m_trajectory->images[size_t(index)]),
                             tr("Control point %1 · %2").arg(index).arg(TrajectoryStrip::lambdaText(lambda, m_runSteps)));
    });
    connect(m_jobs, &JobController::progressChanged, this, &TrajectoryView::onProgress);
    connect(m_jobs, &JobController::finished, this, [this](quint64 id, clue::JobState state) { onFinished(id, state); });
    connect(m_jobs, &JobController::failed, this, &TrajectoryView::onFailed);
    connect(m_session, &ModelSession::loadStarted, this, &TrajectoryView::onModelChanged);
    connect(m_session, &ModelSession::loaded, this, &TrajectoryView::onModelChanged);
    connect(m_session, &ModelSession::loadFailed, this, &TrajectoryView::onModelChanged);
    connect(m_session, &ModelSession::loadCancelled, this, &TrajectoryView::onModelChanged);
    setExportEnabled(false);
    onModelChanged();
}

void TrajectoryView::onModelChanged() {
    m_trajectory.reset();
    m_strip->clearStrip();
    m_preview->setFrames({});
    m_plot->clearPlot();
    setExportEnabled(false);
    const auto model = m_session->model();
    std::vector<std::string> classes, prompts;
    if (model && !m_session->isLoading()) {
        const clue::ModelInfo& info = model->info();
        for (const std::string& c : info.classes) {
            classes.push_back(c);
            prompts.push_back(clue::prompt_for_class(info, c));
        }
    }
    setClassPrompts(classes, prompts);
    updateEmptyState();
}

void TrajectoryView::setClassPrompts(const std::vector<std::string>& classes, const std::vector<std::string>& prompts) {
    m_panel->setClassPrompts(classes, prompts);
}

bool TrajectoryView::canRun() const { return m_session->hasModel() && !m_session->isLoading() && m_runJob == 0; }

clue::TrajectoryOptions TrajectoryView::options() const {
    clue::TrajectoryOptions o = m_panel->options();
    const QList<int> steps = m_timeline->swapSteps();
    o.swap_steps.assign(steps.begin(), steps.end());
    return o;
}

quint64 TrajectoryView::run() {
    if (!canRun()) {
        Q_EMIT statusMessage(m_runJob ? tr("A trajectory is already running.") : tr("Open a model first."));
        return 0;
    }
    const clue::TrajectoryOptions o = options();
    if (const clue::Status valid = clue::validate(o); !valid) {
        m_panel->showMessage(QString::fromStdString(valid.error().detail));
        return 0;
    }
    m_panel->showMessage({});
    m_panel->setRunning(true);
    m_trajectory.reset();
    m_preview->setFrames({});
    m_plot->clearPlot();
    setExportEnabled(false);
    m_strip->showPending(m_timeline->swapSteps(), o.base.steps);
    m_runSteps = o.base.steps;
    m_runSeed = o.base.seed;
    auto result = std::make_shared<clue::Trajectory>();
    m_runResult = result;
    std::shared_ptr<clue::Model> model = m_session->model();
    m_runJob = m_jobs->submit(tr("Trajectory"), [model, o, result](clue::JobContext& context) -> clue::Status {
        auto r = clue::run_trajectory(*model, o, context);
        if (!r) return r.error().code == clue::Errc::Cancelled ? clue::Status(clue::Ok{}) : clue::Status(r.error());
        *result = std::move(*r);
        return clue::Ok{};
    });
    updateEmptyState();
    Q_EMIT statusMessage(tr("Trajectory: %1 images, then %2 frames along the Bézier path …")
                             .arg(o.swap_steps.size() + 1).arg(o.frames));
    return m_runJob;
}

void TrajectoryView::cancel() {
    if (m_runJob) m_jobs->cancel(m_runJob);
}

void TrajectoryView::onProgress(quint64 id, const QString& stage, qint64 done, qint64) {
    if (id == m_runJob && stage == QLatin1String("trajectory")) m_strip->markProgress(int(done / 100));
}

void TrajectoryView::onFinished(quint64 id, clue::JobState state) {
    if (id == m_decodeJob) {
        m_decodeJob = 0;
        if (m_pendingDecode) {
            const double t = *m_pendingDecode;
            m_pendingDecode.reset();
            decodeExact(t);
        }
    } else if (id == m_exportJob) {
        m_exportJob = 0;
        setExportEnabled(bool(m_trajectory));
        if (state == clue::JobState::Succeeded && m_exportResult) {
            Q_EMIT statusMessage(tr("Exported %n file(s) to %1", nullptr, int(m_exportResult->size()))
                                     .arg(QDir::toNativeSeparators(m_exportFolder->text())));
            Q_EMIT exportFinished(*m_exportResult);
        } else {
            Q_EMIT exportFinished({});
        }
        m_exportResult.reset();
    } else if (id == m_runJob) {
        m_runJob = 0;
        m_panel->setRunning(false);
        std::shared_ptr<clue::Trajectory> result = std::move(m_runResult);
        if (state == clue::JobState::Succeeded && result && !result->images.empty()) {
            showTrajectory(result);
            Q_EMIT statusMessage(tr("Trajectory ready: %1 images, %2 frames.").arg(result->images.size()).arg(result->frames.size()));
        } else {
            m_strip->clearStrip();
            if (state == clue::JobState::Cancelled) Q_EMIT statusMessage(tr("Trajectory cancelled."));
        }
        updateEmptyState();
        Q_EMIT runFinished(state);
    }
}

void TrajectoryView::onFailed(quint64 id, const clue::Error& error) {
    if (id == m_runJob) ErrorDialog::showError(window(), tr("The trajectory failed"), error);
    else if (id == m_decodeJob) ErrorDialog::showError(window(), tr("The point on the Bézier path could not be decoded"), error);
    else if (id == m_exportJob) ErrorDialog::showError(window(), tr("The trajectory could not be exported"), error);
}

void TrajectoryView::showTrajectory(std::shared_ptr<const clue::Trajectory> trajectory) {
    m_trajectory = std::move(trajectory);
    m_strip->setTrajectory(*m_trajectory, m_runSteps);
    std::vector<QImage> frames;
    frames.reserve(m_trajectory->frames.size());
    for (const clue::Image& f : m_trajectory->frames) frames.push_back(toQImage(f));
    m_preview->setFrames(frames);
    m_plot->setTrajectory(*m_trajectory);
    if (!m_exportFolderEdited) m_exportFolder->setText(QDir::toNativeSeparators(defaultExportFolder(m_runSeed)));
    setExportEnabled(true);
}

void TrajectoryView::decodeExact(double t) {
    if (!m_trajectory || !m_session->hasModel()) return;
    if (m_decodeJob) {
        m_pendingDecode = t;  // the newest position wins
        return;
    }
    std::shared_ptr<clue::Model> model = m_session->model();
    std::shared_ptr<const clue::Trajectory> trajectory = m_trajectory;
    // `this` outlives the job: the JobController is destroyed (joining the worker) before the views.
    m_decodeJob = m_jobs->submit(tr("Bézier point"), [this, model, trajectory, t](clue::JobContext&) -> clue::Status {
        auto image = clue::decode_trajectory_point(*model, *trajectory, t);
        if (!image) return image.error();
        const QImage q = toQImage(*image);
        QMetaObject::invokeMethod(this, [this, trajectory, t, q] {
            if (trajectory == m_trajectory) m_preview->showExact(t, q);
        }, Qt::QueuedConnection);
        return clue::Ok{};
    });
}

QString TrajectoryView::defaultExportFolder(qint64 seed) const {
    const QDir day(QDir(m_settings->outputFolder()).filePath(QDate::currentDate().toString(Qt::ISODate)));
    const QString base = QStringLiteral("trajectory-%1").arg(seed);
    QString name = base;
    for (int i = 2; day.exists(name); ++i) name = QStringLiteral("%1-%2").arg(base).arg(i);
    return day.filePath(name);
}

void TrajectoryView::updateEmptyState() {
    ImageCanvas* canvas = m_preview->canvas();
    if (m_session->isLoading())
        canvas->setEmptyText(tr("Loading %1 …").arg(QFileInfo(m_session->loadingPath()).fileName()));
    else if (!m_session->hasModel())
        canvas->setEmptyText(tr("Open a model to start (File ▸ Open the demo model)"));
    else if (m_runJob)
        canvas->setEmptyText(tr("Running the prompt swap for %n swap step(s) …", nullptr, int(m_timeline->swapSteps().size())));
    else if (!m_trajectory)
        canvas->setEmptyText(tr("Pick a neutral and an attribute prompt, set the swap steps on the timeline, "
                                "then press Run (Ctrl+Enter)"));
    m_panel->runButton()->setEnabled(canRun());
}
