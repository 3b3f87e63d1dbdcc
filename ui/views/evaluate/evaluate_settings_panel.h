#pragma once
// The Evaluate view's group in the Parameters dock: real / test / external images, synthetic sets, scales, seeds,
// classifier budget, optional Inception-v3 weights, report folder; Run and Open report.
#include <QWidget>

#include "clue/evaluate.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

class EvaluateSettingsPanel : public QWidget {
    Q_OBJECT

public:
    explicit EvaluateSettingsPanel(QWidget* parent = nullptr);

    /// The options a Run press would use (not validated).
    clue::EvaluateOptions options() const;
    void setOptions(const clue::EvaluateOptions& options);
    /// An inline message under the buttons (validation problems); empty hides it.
    void showMessage(const QString& text);
    void setRunning(bool running);

    QPushButton* runButton() const { return m_run; }
    QLabel* messageLabel() const { return m_message; }

Q_SIGNALS:
    void runRequested();
    void openReportRequested();

private:
    QLineEdit* pathField(const QString& tip, bool folder, const QString& filter, QWidget** row);
    void addSyntheticRow(const QString& name, const QString& folder);

    QLineEdit *m_real, *m_test, *m_external, *m_inception, *m_output;
    QTableWidget* m_synthetic;
    QList<QCheckBox*> m_scales;
    QSpinBox *m_seeds, *m_steps, *m_size;
    QCheckBox* m_fid;
    QPushButton *m_run, *m_openReport;
    QLabel* m_message;
};
