#pragma once
// The Train view's progress page: training and validation loss over the steps (QCustomPlot), the
// latest sample grid, a one-line status, and "Open trained model" once a run has a model.
#include <QImage>
#include <QVector>
#include <QWidget>

#include "clue/train.h"

class ImageCanvas;
class QCustomPlot;
class QLabel;
class QPushButton;
class QTimer;

class TrainProgressPanel : public QWidget {
    Q_OBJECT

public:
    explicit TrainProgressPanel(QWidget* parent = nullptr);

    void clear();
    /// Replaces the curves with a run's log (validation_loss NaN = not measured at that step).
    void setLog(const std::vector<clue::TrainLogRow>& rows);
    void addEvent(const clue::TrainEvent& event);
    void setSamples(const QImage& grid, const QString& path);
    void setStatus(const QString& text);
    /// Shows "Open trained model" for `modelDir` ("" hides it).
    void setModelDir(const QString& modelDir);

    QCustomPlot* plot() const { return m_plot; }
    ImageCanvas* samplesCanvas() const { return m_samples; }
    QPushButton* openModelButton() const { return m_openModel; }
    QString statusText() const;
    int lossPointCount() const;
    int validationPointCount() const;

Q_SIGNALS:
    void openModelRequested(const QString& modelDir);

private:
    void scheduleReplot();
    void replot();

    QCustomPlot* m_plot;
    ImageCanvas* m_samples;
    QLabel* m_status;
    QPushButton* m_openModel;
    QTimer* m_replotTimer;
    QVector<double> m_steps, m_losses, m_validationSteps, m_validationLosses;
    QString m_modelDir;
};
