#pragma once
// A small plot of the trajectory's direction cosines against λ (methods.md §3.5 "non-linearity of trajectories"):
// cos(z_λ − z_neutral, z_strongest − z_neutral) per swap step; a curve below 1 means the trajectory bends.
// The x axis runs from the neutral end to the strongest edit, as the strip does.
#include <QWidget>

#include "clue/trajectory.h"

class QCustomPlot;

class CosinePlot : public QWidget {
    Q_OBJECT

public:
    explicit CosinePlot(QWidget* parent = nullptr);

    void setTrajectory(const clue::Trajectory& trajectory);
    void clearPlot();
    QCustomPlot* plot() const { return m_plot; }

    QSize sizeHint() const override { return {320, 220}; }

private:
    QCustomPlot* m_plot;
};
