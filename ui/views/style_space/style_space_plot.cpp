#include "views/style_space/style_space_plot.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <map>

#include "widgets/qcustomplot_include.h"

namespace {

constexpr int kHoverThumbnail = 128;

// Tableau 10: distinct on light and dark backgrounds.
QColor classColor(int index) {
    static const QRgb colors[] = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
                                  0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf};
    return QColor::fromRgb(colors[index % 10]);
}

}  // namespace

StyleSpacePlot::StyleSpacePlot(QWidget* parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_tip(new QFrame(this, Qt::ToolTip)),
      m_tipImage(new QLabel(m_tip)), m_tipText(new QLabel(m_tip)), m_thumbnails(12) {
    const QPalette pal = palette();
    applyPlotPalette(m_plot, pal);
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->grid()->setZeroLinePen(QPen(pal.color(QPalette::Mid), 1, Qt::DashLine));
    }
    m_plot->legend->setVisible(true);
    // The legend is one row under the map (QCustomPlot's "legend outside" recipe), so it never hides points.
    auto* legendRow = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(1, 0, legendRow);
    legendRow->setMargins(QMargins(5, 0, 5, 5));
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    legendRow->addElement(0, 0, m_plot->legend);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->legend->setBrush(pal.brush(QPalette::Base));
    m_plot->legend->setTextColor(pal.color(QPalette::Text));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    m_plot->setToolTip(QString());
    m_marker = new QCPItemTracer(m_plot);
    m_marker->setStyle(QCPItemTracer::tsCrosshair);
    m_marker->setPen(QPen(pal.color(QPalette::Highlight), 1.5));
    m_marker->setVisible(false);
    m_marker->position->setType(QCPItemPosition::ptPlotCoords);

    auto* tipLayout = new QVBoxLayout(m_tip);
    tipLayout->setContentsMargins(4, 4, 4, 4);
    tipLayout->addWidget(m_tipImage, 0, Qt::AlignHCenter);
    tipLayout->addWidget(m_tipText);
    m_tip->setFrameShape(QFrame::Box);
    m_tip->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_tip->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
}

void StyleSpacePlot::setSpace(std::shared_ptr<const clue::StyleSpace> space) {
    m_space = std::move(space);
    m_plot->clearGraphs();
    m_marker->setVisible(false);
    m_thumbnails.clear();
    m_hovered = -1;
    m_tip->hide();
    const clue::StyleSpace* s = m_space.get();
    if (!s || s->size() == 0 || s->components < 1) {
        m_plot->replot();
        return;
    }
    const int k = s->components;
    std::map<std::string, std::pair<QVector<double>, QVector<double>>> byClass;
    std::vector<std::string> order;
    for (size_t i = 0; i < s->size(); ++i) {
        const std::string& name = i < s->classes.size() ? s->classes[i] : std::string();
        if (!byClass.count(name)) order.push_back(name);
        auto& xy = byClass[name];
        xy.first.append(s->coords[i * size_t(k)]);
        xy.second.append(k > 1 ? s->coords[i * size_t(k) + 1] : 0.0);
    }
    for (size_t c = 0; c < order.size(); ++c) {
        QCPGraph* graph = m_plot->addGraph();
        graph->setName(order[c].empty() ? tr("(no class)") : QString::fromStdString(order[c]));
        graph->setLineStyle(QCPGraph::lsNone);
        const QColor color = classColor(int(c));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, 7));
        graph->setPen(QPen(color));
        graph->setData(byClass[order[c]].first, byClass[order[c]].second);
    }
    const auto variance = [s](int i) {
        return i < int(s->explained_variance_ratio.size()) ? s->explained_variance_ratio[size_t(i)] * 100.0 : 0.0;
    };
    m_plot->xAxis->setLabel(tr("PC 1 (%1 % of the variance)").arg(variance(0), 0, 'f', 1));
    m_plot->yAxis->setLabel(k > 1 ? tr("PC 2 (%1 % of the variance)").arg(variance(1), 0, 'f', 1) : QString());
    m_plot->rescaleAxes();
    m_plot->xAxis->scaleRange(1.15, m_plot->xAxis->range().center());
    m_plot->yAxis->scaleRange(1.15, m_plot->yAxis->range().center());
    m_plot->replot();
}

int StyleSpacePlot::graphCount() const { return m_plot->graphCount(); }

QString StyleSpacePlot::xLabel() const { return m_plot->xAxis->label(); }

QString StyleSpacePlot::yLabel() const { return m_plot->yAxis->label(); }

int StyleSpacePlot::pointNear(double x, double y, double maxPixels) const {
    const clue::StyleSpace* s = m_space.get();
    if (!s || s->components < 1) return -1;
    const int k = s->components;
    const double px = m_plot->xAxis->coordToPixel(x);
    const double py = m_plot->yAxis->coordToPixel(y);
    int best = -1;
    double bestDistance = maxPixels * maxPixels;
    for (size_t i = 0; i < s->size(); ++i) {
        const double dx = m_plot->xAxis->coordToPixel(s->coords[i * size_t(k)]) - px;
        const double dy = m_plot->yAxis->coordToPixel(k > 1 ? s->coords[i * size_t(k) + 1] : 0.0) - py;
        const double d = dx * dx + dy * dy;
        if (d <= bestDistance) {
            bestDistance = d;
            best = int(i);
        }
    }
    return best;
}

void StyleSpacePlot::setMarker(double x, double y) {
    m_marker->position->setCoords(x, y);
    m_marker->setVisible(true);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QImage StyleSpacePlot::thumbnail(const QString& path) {
    if (QImage* cached = m_thumbnails.object(path)) return *cached;
    QImageReader reader(path);
    const QSize size = reader.size();
    if (size.isValid()) reader.setScaledSize(size.scaled(kHoverThumbnail, kHoverThumbnail, Qt::KeepAspectRatio));
    QImage image = reader.read();
    m_thumbnails.insert(path, new QImage(image));
    return image;
}

void StyleSpacePlot::showHover(const QPoint& pos) {
    const int index =
        pointNear(m_plot->xAxis->pixelToCoord(pos.x()), m_plot->yAxis->pixelToCoord(pos.y()), 8.0);
    if (index < 0) {
        m_hovered = -1;
        m_tip->hide();
        return;
    }
    if (index != m_hovered) {
        m_hovered = index;
        const QString path = QString::fromStdString(m_space->paths[size_t(index)]);
        const QString name = index < int(m_space->classes.size())
                                 ? QString::fromStdString(m_space->classes[size_t(index)])
                                 : QString();
        const QImage image = thumbnail(path);
        m_tipImage->setPixmap(QPixmap::fromImage(image));
        m_tipImage->setVisible(!image.isNull());
        m_tipText->setText(image.isNull() ? tr("%1 · %2 (not readable)").arg(QFileInfo(path).fileName(), name)
                                          : tr("%1 · %2").arg(QFileInfo(path).fileName(), name));
        m_tip->adjustSize();
    }
    m_tip->move(m_plot->mapToGlobal(pos) + QPoint(16, 16));
    m_tip->show();
}

bool StyleSpacePlot::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_plot) {
        if (event->type() == QEvent::MouseMove) {
            showHover(static_cast<QMouseEvent*>(event)->position().toPoint());
        } else if (event->type() == QEvent::Leave) {
            m_tip->hide();
            m_hovered = -1;
        } else if (event->type() == QEvent::MouseButtonRelease && m_space && m_space->size() > 0) {
            auto* mouse = static_cast<QMouseEvent*>(event);
            // A click, not the end of a drag (range drag pans the map).
            if (mouse->button() == Qt::LeftButton &&
                (mouse->position().toPoint() - m_pressPos).manhattanLength() < 4) {
                const QPoint pos = mouse->position().toPoint();
                double x = m_plot->xAxis->pixelToCoord(pos.x());
                double y = m_plot->yAxis->pixelToCoord(pos.y());
                const int index = pointNear(x, y, 8.0);
                if (index >= 0) {
                    const int k = m_space->components;
                    x = m_space->coords[size_t(index) * size_t(k)];
                    y = k > 1 ? m_space->coords[size_t(index) * size_t(k) + 1] : 0.0;
                }
                setMarker(x, y);
                Q_EMIT positionChosen(x, y, index);
            }
        } else if (event->type() == QEvent::MouseButtonPress) {
            m_pressPos = static_cast<QMouseEvent*>(event)->position().toPoint();
        }
    }
    return QWidget::eventFilter(watched, event);
}
