#include "widgets/job_strip.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include "common/job_controller.h"

JobStrip::JobStrip(JobController* jobs, QWidget* parent)
    : QWidget(parent),
      m_jobs(jobs),
      m_title(new QLabel(this)),
      m_stage(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_eta(new QLabel(this)),
      m_queued(new QLabel(this)),
      m_cancel(new QToolButton(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(true);
    m_progress->setMinimumWidth(160);
    m_progress->setToolTip(tr("Progress of the running job"));
    m_eta->setToolTip(tr("Estimated time left"));
    m_queued->setToolTip(tr("Jobs waiting for the device"));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QLabel* label : {m_title, m_stage, m_eta, m_queued})
        label->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);  // the bar shrinks, not the words
    layout->addWidget(m_title);
    layout->addWidget(m_stage);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_eta);
    layout->addWidget(m_queued);
    layout->addWidget(m_cancel);

    connect(m_jobs, &JobController::started, this, &JobStrip::onStarted);
    connect(m_jobs, &JobController::progressChanged, this, &JobStrip::onProgress);
    connect(m_jobs, &JobController::finished, this, [this](quint64 id) { onFinished(id); });
    connect(m_jobs, &JobController::submitted, this, &JobStrip::updateQueue);
    setIdle();
}

void JobStrip::setCancelAction(QAction* action) { m_cancel->setDefaultAction(action); }

QString JobStrip::stageText(const QString& stageKey) {
    if (stageKey == QLatin1String("load")) return tr("Loading");
    if (stageKey == QLatin1String("encode")) return tr("Encoding prompt");
    if (stageKey == QLatin1String("denoise")) return tr("Denoising");
    if (stageKey == QLatin1String("decode")) return tr("Decoding");
    if (stageKey == QLatin1String("save")) return tr("Saving");
    if (stageKey == QLatin1String("scan")) return tr("Scanning images");
    if (stageKey == QLatin1String("train")) return tr("Training");
    if (stageKey == QLatin1String("vae")) return tr("Training the VAE");
    if (stageKey == QLatin1String("augment")) return tr("Generating the synthetic set");
    if (stageKey == QLatin1String("trajectory")) return tr("Prompt swap for every λ");
    if (stageKey == QLatin1String("background")) return tr("Replacing the background");
    if (stageKey == QLatin1String("baseline")) return tr("Plain img2img for comparison");
    return stageKey;
}

QString JobStrip::formatDuration(qint64 ms) {
    const qint64 seconds = (qMax<qint64>(0, ms) + 500) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString JobStrip::statusText() const {
    if (m_percent < 0) return QString();
    const QString title = m_title->text();
    return m_stageText.isEmpty() ? title : QStringLiteral("%1 · %2").arg(title, m_stageText);
}

void JobStrip::onStarted(quint64, const QString& title) {
    m_clock.start();
    m_title->setText(title);
    m_stageText.clear();
    m_stage->clear();
    m_progress->setEnabled(true);
    m_progress->setTextVisible(true);
    m_progress->setValue(0);
    m_eta->clear();
    m_percent = 0;
    updateQueue();
    Q_EMIT statusChanged(statusText(), m_percent);
}

void JobStrip::onProgress(quint64 id, const QString& stage, qint64 done, qint64 total) {
    if (id != m_jobs->runningJob() || total <= 0) return;
    const double fraction = qBound(0.0, double(done) / double(total), 1.0);
    m_percent = int(fraction * 100.0 + 0.5);
    m_stageText = stageText(stage);
    m_stage->setText(m_stageText);
    m_progress->setValue(m_percent);
    const qint64 elapsedMs = m_clock.elapsed();
    if (fraction > 0.02 && fraction < 1.0 && elapsedMs > 500)
        m_eta->setText(tr("ETA %1").arg(formatDuration(qint64(elapsedMs * (1.0 - fraction) / fraction))));
    else
        m_eta->clear();
    Q_EMIT statusChanged(statusText(), m_percent);
}

void JobStrip::onFinished(quint64) {
    // The controller clears runningJob() before emitting finished(); the next job's started() follows.
    if (m_jobs->runningJob() == 0) setIdle();
    updateQueue();
}

void JobStrip::updateQueue() {
    const int queued = m_jobs->queuedCount();
    m_queued->setText(queued > 0 ? tr("+%n queued", nullptr, queued) : QString());
}

void JobStrip::setIdle() {
    m_title->setText(tr("Ready"));
    m_stageText.clear();
    m_stage->clear();
    m_progress->setValue(0);
    m_progress->setEnabled(false);
    m_progress->setTextVisible(false);
    m_eta->clear();
    m_percent = -1;
    Q_EMIT statusChanged(QString(), -1);
}
