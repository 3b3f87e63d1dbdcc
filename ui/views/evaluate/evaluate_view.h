#pragma once
// The Evaluate view (ui.md "report"): runs clue::evaluate as a job on the device worker and shows the report, or
// opens an earlier one. Settings live in a Parameters-dock group (settingsPanel()); the centre shows the report.
#include <QWidget>

#include <memory>

#include "clue/evaluate.h"

class EvaluateReportPanel;
class EvaluateSettingsPanel;
class JobController;

class EvaluateView : public QWidget {
    Q_OBJECT

public:
    EvaluateView(JobController* jobs, QWidget* parent = nullptr);

    EvaluateSettingsPanel* settingsPanel() const { return m_settings; }
    EvaluateReportPanel* reportPanel() const { return m_report; }

    /// Validates the form, then queues the evaluation; 0 (and an inline message) when the form is invalid.
    quint64 runEvaluation();
    /// Reads a results.json and shows it; false (with a message) when it cannot be read.
    bool openReport(const QString& resultsJson);

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    JobController* m_jobs;
    EvaluateSettingsPanel* m_settings;
    EvaluateReportPanel* m_report;
    quint64 m_job = 0;
    std::shared_ptr<clue::EvaluationReport> m_pending;
};
