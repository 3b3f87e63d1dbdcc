#pragma once
// The centre of the Evaluate view: the report of an evaluation (extractor, distribution table, F1 against scale,
// F1 table, notes), or an empty state saying what to do.
#include <QWidget>

#include "clue/evaluate.h"

class QCustomPlot;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

class EvaluateReportPanel : public QWidget {
    Q_OBJECT

public:
    explicit EvaluateReportPanel(QWidget* parent = nullptr);
    void showReport(const clue::EvaluationReport& report);
    void clear();

    bool hasReport() const;
    QTableWidget* distributionTable() const { return m_distribution; }
    QTableWidget* f1Table() const { return m_f1; }
    QCustomPlot* plot() const { return m_plot; }

private:
    void fillPlot(const clue::EvaluationReport& report);

    QStackedWidget* m_stack;
    QLabel *m_extractor, *m_notes;
    QTableWidget *m_distribution, *m_f1;
    QCustomPlot* m_plot;
    QPushButton* m_browser;
    QString m_html;
};
