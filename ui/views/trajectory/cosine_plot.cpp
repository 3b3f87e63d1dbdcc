#include "views/trajectory/cosine_plot.h"

#include <QVBoxLayout>

#include <algorithm>

#include "widgets/qcustomplot_include.h"

CosinePlot::CosinePlot(QWidget* parent) : QWidget(parent), m_plot(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setMinimumSize(240, 190);
    m_plot->setToolTip(tr("Direction cosine per swap step λ: cos(z_λ − z_neutral, z_last − z_neutral). 1 everywhere: "
                          "a straight trajectory; lower values: it bends."));
    m_plot->xAxis->setLabel(tr("swap step λ"));
    m_plot->yAxis->setLabel(tr("direction cosine"));
    m_plot->xAxis->setRangeReversed(true);  // neutral end (large λ) on the left, as in the strip
    clearPlot();
}

void CosinePlot::clearPlot() {
    m_plot->clearGraphs();
    applyPlotPalette(m_plot, palette());
    m_plot->xAxis->setRange(0, 50);
    m_plot->yAxis->setRange(-0.05, 1.05);
    m_plot->replot();
}

void CosinePlot::setTrajectory(const clue::Trajectory& t) {
    clearPlot();
    QVector<double> x, y;
    for (size_t i = 1; i < t.swap_steps.size() && i - 1 < t.direction_cosine.size(); ++i) {
        x << t.swap_steps[i];
        y << t.direction_cosine[i - 1];
    }
    if (x.isEmpty()) return;
    const QColor colour(0x00, 0x72, 0xB2);  // Okabe–Ito blue, as the evaluation plots
    auto* g = m_plot->addGraph();
    g->setPen(QPen(colour, 2));
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 6));
    // QCustomPlot draws lines in key order; sorting keeps the line along λ.
    QVector<int> order(x.size());
    for (int i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](int a, int b) { return x[a] < x[b]; });
    QVector<double> xs, ys;
    for (int i : order) xs << x[i], ys << y[i];
    g->setData(xs, ys, true);
    const double lo = *std::min_element(ys.begin(), ys.end());
    const double x0 = xs.front(), x1 = xs.back();
    const double pad = std::max(1.0, (x1 - x0) * 0.06);
    m_plot->xAxis->setRange(x0 - pad, x1 + pad);
    m_plot->yAxis->setRange(std::min(-0.05, lo - 0.05), 1.05);
    m_plot->replot();
}
