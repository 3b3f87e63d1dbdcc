#include "views/trajectory/curve_preview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

#include "widgets/image_canvas.h"

CurvePreview::CurvePreview(QWidget* parent)
    : QWidget(parent),
      m_canvas(new ImageCanvas(this)),
      m_slider(new QSlider(Qt::Horizontal, this)),
      m_value(new QLabel(this)),
      m_idle(new QTimer(this)) {
    m_slider->setRange(0, kTicks);
    m_slider->setPageStep(kTicks / 10);
    m_slider->setSingleStep(kTicks / 100);
    m_slider->setToolTip(tr("Curve position t along the Bézier path (0: the neutral image, 1: the strongest edit). "
                            "Moving shows the nearest frame at once; when the slider rests, the exact point is "
                            "decoded."));
    m_slider->setAccessibleName(tr("Curve position"));
    m_slider->setEnabled(false);
    m_value->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("t = 0.000")));
    m_value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_idle->setSingleShot(true);
    m_idle->setInterval(300);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Bézier path"), this));
    row->addWidget(m_slider, 1);
    row->addWidget(m_value);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_canvas, 1);
    layout->addLayout(row);
    connect(m_slider, &QSlider::valueChanged, this, &CurvePreview::onMoved);
    connect(m_slider, &QSlider::sliderReleased, this, &CurvePreview::requestExact);
    connect(m_idle, &QTimer::timeout, this, &CurvePreview::requestExact);
    m_value->setText(QStringLiteral("t = %1").arg(0.0, 0, 'f', 3));
}

void CurvePreview::setIdleMs(int ms) { m_idle->setInterval(ms); }

double CurvePreview::position() const { return double(m_slider->value()) / kTicks; }

void CurvePreview::setPosition(double t, bool notify) {
    const int ticks = int(std::lround(qBound(0.0, t, 1.0) * kTicks));
    if (notify) {
        m_slider->setValue(ticks);
        return;
    }
    const QSignalBlocker block(m_slider);
    m_slider->setValue(ticks);
    m_value->setText(QStringLiteral("t = %1").arg(position(), 0, 'f', 3));
}

int CurvePreview::nearestFrame(double t) const {
    if (m_frames.empty()) return -1;
    return int(std::lround(qBound(0.0, t, 1.0) * double(m_frames.size() - 1)));
}

bool CurvePreview::isOnFrame(double t) const {
    if (m_frames.empty()) return false;
    const double k = qBound(0.0, t, 1.0) * double(m_frames.size() - 1);
    return std::abs(k - std::round(k)) < 1e-6;
}

void CurvePreview::setFrames(const std::vector<QImage>& frames) {
    m_frames = frames;
    m_idle->stop();
    m_slider->setEnabled(!m_frames.empty());
    if (m_frames.empty()) {
        m_canvas->clearImage();
        m_kind.clear();
        return;
    }
    onMoved();
}

void CurvePreview::onMoved() {
    const double t = position();
    m_value->setText(QStringLiteral("t = %1").arg(t, 0, 'f', 3));
    const int k = nearestFrame(t);
    if (k < 0) return;
    const bool exact = isOnFrame(t);
    m_canvas->setImage(m_frames[size_t(k)],
                       exact ? tr("t = %1 · frame %2 of %3").arg(t, 0, 'f', 3).arg(k + 1).arg(m_frames.size())
                             : tr("t = %1 · nearest frame %2 of %3 (decoding the exact point …)")
                                   .arg(t, 0, 'f', 3).arg(k + 1).arg(m_frames.size()));
    m_kind = QStringLiteral("frame");
    if (exact) m_idle->stop();
    else m_idle->start();  // restarted by every move: the exact point is decoded once the slider rests
}

void CurvePreview::requestExact() {
    m_idle->stop();
    const double t = position();
    if (m_frames.empty() || isOnFrame(t)) return;
    Q_EMIT exactPointWanted(t);
}

void CurvePreview::showExact(double t, const QImage& image) {
    if (m_frames.empty() || std::abs(t - position()) > 0.5 / kTicks) return;  // the slider has moved on
    m_canvas->setImage(image, tr("t = %1 · exact point of the Bézier path").arg(t, 0, 'f', 3));
    m_kind = QStringLiteral("exact");
}

void CurvePreview::showImage(const QImage& image, const QString& caption) {
    m_canvas->setImage(image, caption);
    m_kind = QStringLiteral("point");
}
