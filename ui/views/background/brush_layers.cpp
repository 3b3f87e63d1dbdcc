#include "views/background/brush_layers.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace {

QImage emptyLayer(const QSize& size) {
    QImage layer(size, QImage::Format_Grayscale8);
    layer.fill(0);
    return layer;
}

}  // namespace

BrushLayers::BrushLayers(QObject* parent) : QObject(parent) { reset(QSize()); }

void BrushLayers::reset(const QSize& size) {
    m_add = size.isEmpty() ? QImage() : emptyLayer(size);
    m_erase = size.isEmpty() ? QImage() : emptyLayer(size);
    m_history.assign(1, Snapshot{m_add, m_erase});
    m_index = 0;
    m_stroking = false;
    Q_EMIT changed(QRect(QPoint(0, 0), size));
    Q_EMIT historyChanged();
}

bool BrushLayers::isEmpty() const { return !toClueImage(m_add) && !toClueImage(m_erase); }

void BrushLayers::beginStroke(Mode mode, double radius, double feather) {
    if (m_add.isNull()) return;
    m_mode = mode;
    m_radius = std::max(0.5, radius);
    m_feather = std::clamp(feather, 0.0, 1.0);
    m_stroking = true;
    m_strokeChanged = false;
    m_last = QPointF(-1e9, -1e9);
}

void BrushLayers::strokeTo(const QPointF& point) {
    if (!m_stroking) return;
    if (m_last.x() < -1e8) {
        dab(point);
    } else {
        // Dabs a quarter radius apart: a continuous line however fast the pointer moved.
        const QPointF delta = point - m_last;
        const double length = std::hypot(delta.x(), delta.y());
        const double spacing = std::max(0.5, m_radius / 4.0);
        const int count = std::max(1, int(std::ceil(length / spacing)));
        for (int i = 1; i <= count; ++i) dab(m_last + delta * (double(i) / count));
    }
    m_last = point;
}

void BrushLayers::endStroke() {
    if (!m_stroking) return;
    m_stroking = false;
    if (m_strokeChanged) pushHistory();
}

void BrushLayers::paintStroke(Mode mode, double radius, double feather, const std::vector<QPointF>& points) {
    beginStroke(mode, radius, feather);
    for (const QPointF& p : points) strokeTo(p);
    endStroke();
}

void BrushLayers::dab(const QPointF& centre) {
    QImage& paint = m_mode == Mode::Add ? m_add : m_erase;
    QImage& other = m_mode == Mode::Add ? m_erase : m_add;
    const QRect bounds = QRect(int(std::floor(centre.x() - m_radius)), int(std::floor(centre.y() - m_radius)),
                               int(std::ceil(2 * m_radius)) + 2, int(std::ceil(2 * m_radius)) + 2)
                             .intersected(paint.rect());
    if (bounds.isEmpty()) return;
    const double hard = m_radius * (1.0 - m_feather);  // full strength inside, a smooth fall-off to the rim
    for (int y = bounds.top(); y <= bounds.bottom(); ++y) {
        uchar* p = paint.scanLine(y);  // detaches from the history's copy on the first write
        uchar* o = other.scanLine(y);
        for (int x = bounds.left(); x <= bounds.right(); ++x) {
            const double d = std::hypot(x + 0.5 - centre.x(), y + 0.5 - centre.y());
            if (d >= m_radius) continue;
            double w = 1.0;
            if (d > hard) {
                const double t = (d - hard) / std::max(1e-9, m_radius - hard);
                w = 1.0 - t * t * (3.0 - 2.0 * t);  // smoothstep
            }
            const int value = int(std::lround(255.0 * w));
            if (value > p[x]) p[x] = uchar(value);
            o[x] = uchar(std::lround(o[x] * (1.0 - w)));
        }
    }
    m_strokeChanged = true;
    Q_EMIT changed(bounds);
}

void BrushLayers::pushHistory() {
    m_history.resize(size_t(m_index + 1));  // a new stroke drops the redo branch
    m_history.push_back(Snapshot{m_add, m_erase});
    if (int(m_history.size()) > kMaxHistory + 1) m_history.erase(m_history.begin());
    m_index = int(m_history.size()) - 1;
    Q_EMIT historyChanged();
}

void BrushLayers::restore(const Snapshot& snapshot) {
    m_add = snapshot.add;
    m_erase = snapshot.erase;
    Q_EMIT changed(m_add.rect());
    Q_EMIT historyChanged();
}

void BrushLayers::undo() {
    if (m_stroking || !canUndo()) return;
    restore(m_history[size_t(--m_index)]);
}

void BrushLayers::redo() {
    if (m_stroking || !canRedo()) return;
    restore(m_history[size_t(++m_index)]);
}

void BrushLayers::clear() {
    if (m_add.isNull() || m_stroking || isEmpty()) return;
    m_add = emptyLayer(m_add.size());
    m_erase = emptyLayer(m_erase.size());
    pushHistory();
    Q_EMIT changed(m_add.rect());
}

std::optional<clue::Image> BrushLayers::toClueImage(const QImage& layer) {
    if (layer.isNull()) return std::nullopt;
    const QImage grey = layer.format() == QImage::Format_Grayscale8 ? layer
                                                                     : layer.convertToFormat(QImage::Format_Grayscale8);
    clue::Image out = clue::Image::blank(grey.width(), grey.height(), 1);
    bool painted = false;
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* row = grey.constScanLine(y);
        std::memcpy(out.row(y), row, size_t(grey.width()));
        for (int x = 0; x < grey.width() && !painted; ++x) painted = row[x] > 127;
    }
    if (!painted) return std::nullopt;
    return out;
}
