#include "views/train/train_progress_panel.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

#include "widgets/qcustomplot_include.h"

#include "widgets/image_canvas.h"

TrainProgressPanel::TrainProgressPanel(QWidget* parent)
    : QWidget(parent),
      m_plot(new QCustomPlot(this)),
      m_samples(new ImageCanvas(this)),
      m_status(new QLabel(this)),
      m_openModel(new QPushButton(tr("Open trained model"), this)),
      m_replotTimer(new QTimer(this)) {
    const QPalette pal = palette();
    applyPlotPalette(m_plot, pal);
    m_plot->xAxis->setLabel(tr("Step"));
    m_plot->yAxis->setLabel(tr("Loss"));
    m_plot->addGraph();
    m_plot->graph(0)->setName(tr("Training loss"));
    m_plot->graph(0)->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 1.5));
    m_plot->addGraph();
    m_plot->graph(1)->setName(tr("Validation loss"));
    m_plot->graph(1)->setPen(QPen(QColor(0xd6, 0x27, 0x28), 2.0));
    m_plot->graph(1)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
    m_plot->legend->setVisible(true);
    m_plot->legend->setBrush(pal.brush(QPalette::Base));
    m_plot->legend->setTextColor(pal.color(QPalette::Text));
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setToolTip(tr("Training loss of every step and validation loss (fixed noise and timesteps); "
                          "drag to pan, wheel to zoom"));
    m_plot->setMinimumHeight(220);

    m_samples->setEmptyText(tr("Sample grids appear here while training"));
    m_samples->setToolTip(tr("The latest sample grid: each class with a few styles, fixed seeds"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openModel->setToolTip(tr("Open the trained model of this run (for the Generate and Style views)"));
    m_openModel->setVisible(false);
    connect(m_openModel, &QPushButton::clicked, this, [this] { Q_EMIT openModelRequested(m_modelDir); });

    m_replotTimer->setSingleShot(true);
    m_replotTimer->setInterval(100);  // at most 10 redraws a second, however fast the steps come
    connect(m_replotTimer, &QTimer::timeout, this, &TrainProgressPanel::replot);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_plot);
    splitter->addWidget(m_samples);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_openModel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    clear();
}

void TrainProgressPanel::clear() {
    m_steps.clear();
    m_losses.clear();
    m_validationSteps.clear();
    m_validationLosses.clear();
    m_samples->clearImage();
    setModelDir(QString());
    setStatus(tr("Press Train to start a run; the loss curves appear here."));
    replot();
}

void TrainProgressPanel::setLog(const std::vector<clue::TrainLogRow>& rows) {
    m_steps.clear();
    m_losses.clear();
    m_validationSteps.clear();
    m_validationLosses.clear();
    for (const clue::TrainLogRow& row : rows) {
        m_steps.append(row.step);
        m_losses.append(row.loss);
        if (std::isfinite(row.validation_loss)) {
            m_validationSteps.append(row.step);
            m_validationLosses.append(row.validation_loss);
        }
    }
    replot();
}

void TrainProgressPanel::addEvent(const clue::TrainEvent& event) {
    using Kind = clue::TrainEvent::Kind;
    switch (event.kind) {
    case Kind::Started:
        setStatus(tr("Started: %1").arg(QString::fromStdString(event.message)));
        break;
    case Kind::Step:
        // A resumed run reports steps after the log's last one; drop any overlap.
        while (!m_steps.isEmpty() && m_steps.last() >= event.step) {
            m_steps.removeLast();
            m_losses.removeLast();
        }
        m_steps.append(event.step);
        m_losses.append(event.loss);
        setStatus(tr("Step %1 of %2 · loss %3 · KL %4 · learning rate %5 · %6 images/s")
                      .arg(event.step)
                      .arg(event.total_steps)
                      .arg(event.loss, 0, 'g', 4)
                      .arg(event.kl, 0, 'g', 4)
                      .arg(event.lr, 0, 'g', 3)
                      .arg(event.images_per_second, 0, 'f', 2));
        scheduleReplot();
        break;
    case Kind::Validation:
        m_validationSteps.append(event.step);
        m_validationLosses.append(event.validation_loss);
        scheduleReplot();
        break;
    case Kind::Samples:
        break;  // the view loads the grid on the worker and calls setSamples()
    case Kind::Checkpoint:
        setStatus(tr("Checkpoint written at step %1: %2")
                      .arg(event.step)
                      .arg(QDir::toNativeSeparators(QString::fromStdString(event.path))));
        break;
    }
}

void TrainProgressPanel::setSamples(const QImage& grid, const QString& path) {
    m_samples->setImage(grid, QFileInfo(path).fileName());
}

void TrainProgressPanel::setStatus(const QString& text) { m_status->setText(text); }

QString TrainProgressPanel::statusText() const { return m_status->text(); }

void TrainProgressPanel::setModelDir(const QString& modelDir) {
    m_modelDir = modelDir;
    m_openModel->setVisible(!modelDir.isEmpty());
    m_openModel->setToolTip(modelDir.isEmpty() ? tr("Open the trained model of this run")
                                               : tr("Open %1").arg(QDir::toNativeSeparators(modelDir)));
}

int TrainProgressPanel::lossPointCount() const { return int(m_steps.size()); }

int TrainProgressPanel::validationPointCount() const { return int(m_validationSteps.size()); }

void TrainProgressPanel::scheduleReplot() {
    if (!m_replotTimer->isActive()) m_replotTimer->start();
}

void TrainProgressPanel::replot() {
    m_plot->graph(0)->setData(m_steps, m_losses, true);
    m_plot->graph(1)->setData(m_validationSteps, m_validationLosses, true);
    if (m_steps.isEmpty() && m_validationSteps.isEmpty()) {
        m_plot->xAxis->setRange(0, 100);
        m_plot->yAxis->setRange(0, 1);
    } else {
        m_plot->rescaleAxes();
        const QCPRange y = m_plot->yAxis->range();
        m_plot->yAxis->setRange(qMin(0.0, y.lower), y.upper * 1.05 + 1e-9);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}
