#include "views/dataset_wizard/run_page.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

#include "common/error_text.h"
#include "common/job_controller.h"
#include "views/dataset_wizard/augment_wizard.h"
#include "views/dataset_wizard/wizard_common.h"
#include "widgets/job_strip.h"

RunPage::RunPage(AugmentWizard* wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_plan(new QLabel(this)),
      m_note(new QLabel(this)),
      m_start(new QPushButton(tr("Start"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)),
      m_stage(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_openFolder(new QPushButton(tr("Open folder"), this)),
      m_problems(WizardCommon::makeProblemLabel(this)) {
    setTitle(tr("Generate"));
    setSubTitle(tr("Make the synthetic set. This can take long; the window stays usable."));
    m_plan->setWordWrap(true);
    m_plan->setToolTip(tr("How many images the plan holds, per class"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setText(tr("Cancel stops after the current image; every finished image is kept. Pressing Start "
                       "again resumes: images already there are skipped, so nothing is made twice."));
    m_start->setToolTip(tr("Generate the synthetic set (a job; it resumes where an earlier run stopped)"));
    m_cancel->setToolTip(tr("Stop after the current image; finished images are kept"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setToolTip(tr("Progress of the whole run"));
    m_stage->setToolTip(tr("What the job is doing now"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setToolTip(tr("What the last run made"));
    m_openFolder->setToolTip(tr("Show the output folder in the file manager"));
    connect(m_start, &QPushButton::clicked, this, [this] { start(); });
    connect(m_cancel, &QPushButton::clicked, this, &RunPage::cancel);
    connect(m_openFolder, &QPushButton::clicked, this, &RunPage::openFolder);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_openFolder);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_plan);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_stage);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_problems);

    connect(m_wizard->jobs(), &JobController::progressChanged, this, &RunPage::onProgress);
    connect(m_wizard->jobs(), &JobController::failed, this, [this](quint64 id, const clue::Error& error) {
        if (id == m_job && error.code != clue::Errc::Cancelled)
            m_error = tr("The synthetic set could not be made: %1 (%2)")
                          .arg(ErrorText::message(error.code), QString::fromStdString(error.detail));
    });
    connect(m_wizard->jobs(), &JobController::finished, this,
            [this](quint64 id, clue::JobState state) { onFinished(id, int(state)); });
    updateButtons();
}

void RunPage::initializePage() {
    updatePlan();
    WizardCommon::showProblems(m_problems, m_wizard->problems(AugmentWizard::RunPageId));
    updateButtons();
}

bool RunPage::isComplete() const { return true; }  // Close is always possible; a running job goes on

void RunPage::updatePlan() {
    m_planSize = m_shardSize = 0;
    const std::shared_ptr<const clue::Dataset> dataset = m_wizard->dataset();
    if (!dataset) {
        m_plan->setText(tr("Scan the real images on the first page first."));
        return;
    }
    const clue::AugmentOptions options = m_wizard->options();
    const std::vector<clue::AugmentItem> plan = clue::plan_augmentation(options, *dataset);
    std::map<std::string, int> perClass;
    for (const clue::AugmentItem& item : plan) ++perClass[item.class_name];
    QStringList classes;
    for (const std::string& name : dataset->classes)
        classes.append(QStringLiteral("%1 %2").arg(QString::fromStdString(name)).arg(perClass[name]));
    if (!isRunning()) m_outputDir = QString::fromStdString(options.output_dir);
    m_planSize = int(plan.size());
    m_shardSize = options.shard_count > 1 && options.shard_index < options.shard_count
                      ? int(clue::shard_items(plan, options.shard_index, options.shard_count).size())
                      : m_planSize;
    QString text = tr("The plan holds %1 images: %2.").arg(m_planSize).arg(classes.join(QStringLiteral(" · ")));
    if (options.shard_count > 1)
        text += QLatin1Char(' ') + tr("This run makes shard %1 of %2: %3 images.")
                                       .arg(options.shard_index)
                                       .arg(options.shard_count)
                                       .arg(m_shardSize);
    text += QLatin1Char('\n') + tr("Output: %1").arg(QDir::toNativeSeparators(QString::fromStdString(options.output_dir)));
    m_plan->setText(text);
}

void RunPage::updateButtons() {
    const bool running = isRunning();
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_openFolder->setEnabled(!m_outputDir.isEmpty() && QFileInfo(m_outputDir).isDir());
    m_wizard->setOption(QWizard::DisabledBackButtonOnLastPage, running);
}

quint64 RunPage::start() {
    if (isRunning()) return 0;
    updatePlan();
    const QStringList problems = m_wizard->problems(AugmentWizard::RunPageId);
    WizardCommon::showProblems(m_problems, problems);
    if (!problems.isEmpty()) return 0;
    const clue::AugmentOptions options = m_wizard->options();
    auto outcome = std::make_shared<Outcome>();
    // The body touches only its own holder; the GUI thread reads it after finished() (queued, so ordered).
    m_job = m_wizard->jobs()->submit(tr("Augment dataset"), [options, outcome](clue::JobContext& context) {
        auto summary = clue::augment(options, context);
        if (!summary) return clue::Status(summary.error());
        outcome->summary = summary.value();
        for (const auto& note : outcome->summary.notes) outcome->notes.append(QString::fromStdString(note));
        outcome->done = true;
        return clue::Status(clue::Ok{});
    });
    m_outcome = outcome;
    m_error.clear();
    m_outputDir = QString::fromStdString(options.output_dir);
    m_progress->setValue(0);
    m_stage->setText(tr("Queued …"));
    m_summary->clear();
    updateButtons();
    return m_job;
}

void RunPage::cancel() {
    if (!isRunning()) return;
    m_wizard->jobs()->cancel(m_job);
    m_stage->setText(tr("Stopping after the current image …"));
}

void RunPage::onProgress(quint64 id, const QString& stage, qint64 done, qint64 total) {
    if (id != m_job || total <= 0) return;
    m_progress->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    if (stage == QLatin1String("augment")) {
        const qint64 image = qMin<qint64>(m_shardSize, done * m_shardSize / total + 1);
        m_stage->setText(tr("Generating image %1 of %2").arg(image).arg(m_shardSize));
    } else if (stage == QLatin1String("memorisation")) {
        m_stage->setText(tr("Indexing the real images for the memorisation check (%1 of %2)").arg(done).arg(total));
    } else {
        m_stage->setText(JobStrip::stageText(stage));
    }
}

void RunPage::onFinished(quint64 id, int state) {
    if (id != m_job) return;
    m_job = 0;
    const std::shared_ptr<Outcome> outcome = std::move(m_outcome);
    if (outcome && outcome->done) showSummary(*outcome, state);
    else if (state == int(clue::JobState::Cancelled)) m_summary->setText(tr("Stopped before the first image. Press Start to begin again."));
    m_stage->setText(state == int(clue::JobState::Succeeded)   ? tr("Done.")
                     : state == int(clue::JobState::Cancelled) ? tr("Stopped.")
                                                               : tr("Failed."));
    if (state == int(clue::JobState::Succeeded)) m_progress->setValue(1000);
    WizardCommon::showProblems(m_problems, m_error.isEmpty() ? QStringList() : QStringList{m_error});
    updateButtons();
    Q_EMIT runFinished(state);
}

void RunPage::showSummary(const Outcome& outcome, int state) {
    const clue::AugmentSummary& s = outcome.summary;
    QString text = tr("Generated: %1 · already there (skipped): %2 · flagged as near copies: %3 · excluded: %4 "
                      "(of %5 planned)")
                       .arg(s.generated)
                       .arg(s.skipped_existing)
                       .arg(s.flagged)
                       .arg(s.excluded)
                       .arg(s.planned);
    if (!s.manifest_csv.empty())
        text += QLatin1Char('\n') + tr("Manifest: %1").arg(QDir::toNativeSeparators(QString::fromStdString(s.manifest_csv)));
    if (state == int(clue::JobState::Cancelled) || s.state == clue::JobState::Cancelled)
        text += QLatin1Char('\n') + tr("Stopped: the finished images are kept. Press Start to resume.");
    for (const QString& note : outcome.notes) text += QLatin1Char('\n') + tr("Note: %1").arg(note);
    m_summary->setText(text);
}

void RunPage::openFolder() {
    if (!m_outputDir.isEmpty()) QDesktopServices::openUrl(QUrl::fromLocalFile(m_outputDir));
}
