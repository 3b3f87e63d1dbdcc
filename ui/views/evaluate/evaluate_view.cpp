#include "views/evaluate/evaluate_view.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QVBoxLayout>

#include "common/error_text.h"
#include "common/job_controller.h"
#include "views/evaluate/evaluate_report_panel.h"
#include "views/evaluate/evaluate_settings_panel.h"
#include "widgets/error_dialog.h"

EvaluateView::EvaluateView(JobController* jobs, QWidget* parent)
    : QWidget(parent), m_jobs(jobs), m_settings(new EvaluateSettingsPanel(this)), m_report(new EvaluateReportPanel(this)) {
    m_settings->hide();  // shown in the Parameters dock by the window
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_report);
    connect(m_settings, &EvaluateSettingsPanel::runRequested, this, [this] { runEvaluation(); });
    connect(m_settings, &EvaluateSettingsPanel::openReportRequested, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Open an evaluation report"), QDir::homePath(),
                                                          tr("Evaluation results (results.json)"));
        if (!file.isEmpty()) openReport(file);
    });
    connect(m_jobs, &JobController::finished, this, [this](quint64 id, clue::JobState state) {
        if (id != m_job) return;
        m_job = 0;
        m_settings->setRunning(false);
        if (state == clue::JobState::Succeeded && m_pending) {
            m_report->showReport(*m_pending);
            Q_EMIT statusMessage(tr("Evaluation finished: %1").arg(QString::fromStdString(m_pending->html)));
        } else if (state == clue::JobState::Cancelled) {
            Q_EMIT statusMessage(tr("Evaluation cancelled; nothing was written."));
        }
        m_pending.reset();
    });
    connect(m_jobs, &JobController::failed, this, [this](quint64 id, const clue::Error& error) {
        if (id == m_job) ErrorDialog::showError(window(), tr("The evaluation failed"), error);
    });
}

quint64 EvaluateView::runEvaluation() {
    clue::EvaluateOptions options = m_settings->options();
    if (auto s = clue::validate(options); !s) {
        m_settings->showMessage(QString::fromStdString(s.error().detail));
        return 0;
    }
    m_settings->showMessage({});
    m_settings->setRunning(true);
    auto pending = std::make_shared<clue::EvaluationReport>();
    m_pending = pending;
    // The body writes only its own holder; the GUI thread reads it after finished() (queued, so ordered).
    m_job = m_jobs->submit(tr("Evaluate"), [options, pending](clue::JobContext& context) -> clue::Status {
        auto r = clue::evaluate(options, context);
        if (!r) return r.error();
        *pending = std::move(*r);
        return clue::Ok{};
    });
    return m_job;
}

bool EvaluateView::openReport(const QString& resultsJson) {
    auto r = clue::read_evaluation_report(resultsJson.toStdString());
    if (!r) {
        m_settings->showMessage(ErrorText::message(r.error().code) + QLatin1Char(' ') +
                                QString::fromStdString(r.error().detail));
        return false;
    }
    m_settings->showMessage({});
    m_report->showReport(*r);
    // The recipe written beside the results fills the form, so the evaluation can be re-run or varied.
    QFile recipe(QFileInfo(resultsJson).dir().filePath(QStringLiteral("evaluation.json")));
    if (recipe.open(QIODevice::ReadOnly))
        if (auto options = clue::evaluate_options_from_json(recipe.readAll().toStdString())) m_settings->setOptions(*options);
    return true;
}
