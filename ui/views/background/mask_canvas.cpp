#include "views/background/mask_canvas.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QRegion>
#include <QUrl>

#include <algorithm>

namespace {

QString droppedImagePath(const QMimeData* mime) {
    const QList<QUrl> urls = mime->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile()) return {};
    const QString path = urls.first().toLocalFile();
    const QByteArray suffix = QFileInfo(path).suffix().toLower().toLatin1();
    return QImageReader::supportedImageFormats().contains(suffix) ? path : QString();
}

}  // namespace

MaskCanvas::MaskCanvas(BrushLayers* layers, QWidget* parent) : QWidget(parent), m_layers(layers) {
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAcceptDrops(true);
    setMouseTracking(true);
    connect(m_layers, &BrushLayers::changed, this, &MaskCanvas::updateBrushOverlay);
}

void MaskCanvas::setReference(const QImage& image) {
    m_reference = image;
    m_referenceGrey = image.convertToFormat(QImage::Format_Grayscale8);
    m_brushOverlay = QImage();
    updateBrushOverlay(m_layers->addLayer().rect());
    update();
}

void MaskCanvas::setMaps(const QImage& heat, const std::vector<float>& mask, int maskWidth, int maskHeight) {
    m_heat = heat;
    m_maskSize = QSize(maskWidth, maskHeight);
    QRegion region;
    if (mask.size() == size_t(maskWidth) * size_t(maskHeight)) {
        for (int y = 0; y < maskHeight; ++y)
            for (int x = 0; x < maskWidth;) {
                if (mask[size_t(y) * size_t(maskWidth) + size_t(x)] < 0.5f) {
                    ++x;
                    continue;
                }
                const int start = x;
                while (x < maskWidth && mask[size_t(y) * size_t(maskWidth) + size_t(x)] >= 0.5f) ++x;
                region += QRect(start, y, x - start, 1);
            }
    }
    m_maskPath = QPainterPath();
    m_maskPath.addRegion(region);
    m_maskPath = m_maskPath.simplified();
    QPainterPath all;
    all.addRect(0, 0, maskWidth, maskHeight);
    m_backgroundPath = all.subtracted(m_maskPath);
    update();
}

void MaskCanvas::clearMaps() {
    m_heat = QImage();
    m_maskPath = QPainterPath();
    m_backgroundPath = QPainterPath();
    m_maskSize = QSize();
    update();
}

void MaskCanvas::setShowHeat(bool show) {
    m_showHeat = show;
    update();
}

void MaskCanvas::setShowMask(bool show) {
    m_showMask = show;
    update();
}

void MaskCanvas::setHeatOpacity(double opacity) {
    m_heatOpacity = std::clamp(opacity, 0.0, 1.0);
    update();
}

void MaskCanvas::setBrush(BrushLayers::Mode mode, double radius, double feather) {
    m_mode = mode;
    m_radius = radius;
    m_feather = feather;
    update();
}

void MaskCanvas::setEmptyText(const QString& text) {
    m_emptyText = text;
    update();
}

void MaskCanvas::setCaption(const QString& text) {
    m_caption = text;
    update();
}

QRect MaskCanvas::imageRect() const {
    if (m_reference.isNull()) return {};
    const int captionHeight = m_caption.isEmpty() ? 0 : fontMetrics().height() + 8;
    const QRect area = rect().adjusted(12, 12, -12, -12 - captionHeight);
    QSize size = m_reference.size().scaled(area.size(), Qt::KeepAspectRatio);
    // Small references are enlarged by whole factors so that pixels (and latent cells) stay square.
    if (m_reference.width() <= area.width() / 2 && m_reference.height() <= area.height() / 2) {
        const int factor = std::max(1, std::min(area.width() / m_reference.width(), area.height() / m_reference.height()));
        size = m_reference.size() * factor;
    }
    return {area.x() + (area.width() - size.width()) / 2, area.y() + (area.height() - size.height()) / 2, size.width(),
            size.height()};
}

QPointF MaskCanvas::toImage(const QPointF& p) const {
    const QRect target = imageRect();
    if (target.isEmpty()) return {};
    return {(p.x() - target.x()) * m_reference.width() / double(target.width()),
            (p.y() - target.y()) * m_reference.height() / double(target.height())};
}

void MaskCanvas::updateBrushOverlay(const QRect& rect) {
    const QImage& add = m_layers->addLayer();
    const QImage& erase = m_layers->eraseLayer();
    if (add.isNull()) {
        m_brushOverlay = QImage();
        update();
        return;
    }
    if (m_brushOverlay.size() != add.size()) {
        m_brushOverlay = QImage(add.size(), QImage::Format_ARGB32_Premultiplied);
        m_brushOverlay.fill(Qt::transparent);
    }
    const QRect r = rect.intersected(add.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const uchar* a = add.constScanLine(y);
        const uchar* e = erase.constScanLine(y);
        auto* out = reinterpret_cast<QRgb*>(m_brushOverlay.scanLine(y));
        for (int x = r.left(); x <= r.right(); ++x) {
            if (a[x] >= e[x]) out[x] = qPremultiply(qRgba(40, 210, 90, a[x] * 120 / 255));
            else out[x] = qPremultiply(qRgba(235, 50, 50, e[x] * 120 / 255));
        }
    }
    update();
}

void MaskCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    if (m_reference.isNull()) {
        QFont font = painter.font();
        font.setPointSizeF(font.pointSizeF() * 1.4);
        painter.setFont(font);
        painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    const QRect target = imageRect();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, target.width() < m_reference.width());
    const bool heat = m_showHeat && !m_heat.isNull();
    painter.drawImage(target, heat ? m_referenceGrey : m_reference);
    if (heat) {
        painter.setOpacity(m_heatOpacity);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.drawImage(target, m_heat);
        painter.setOpacity(1.0);
    }
    if (m_showMask && !m_maskSize.isEmpty()) {
        painter.save();
        painter.translate(target.topLeft());
        painter.scale(target.width() / double(m_maskSize.width()), target.height() / double(m_maskSize.height()));
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.fillPath(m_backgroundPath, QColor(0, 0, 0, 110));  // background (replaced) dimmed
        painter.fillPath(m_maskPath, QColor(80, 200, 255, 40));      // subject (kept) tinted
        QPen pen(QColor(90, 220, 255), 2.0);
        pen.setCosmetic(true);
        painter.strokePath(m_maskPath, pen);
        painter.restore();
    }
    if (!m_brushOverlay.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform, target.width() < m_reference.width());
        painter.drawImage(target, m_brushOverlay);
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(target.adjusted(0, 0, -1, -1));
    if (!m_caption.isEmpty()) {
        painter.setPen(palette().color(QPalette::Text));
        const QRect captionRect(0, target.bottom() + 6, width(), fontMetrics().height() + 4);
        painter.drawText(captionRect, Qt::AlignHCenter | Qt::AlignTop,
                         fontMetrics().elidedText(m_caption, Qt::ElideRight, width() - 24));
    }
    if (m_hover.x() >= 0 && target.contains(m_hover.toPoint())) {  // the brush outline under the pointer
        const double scale = target.width() / double(m_reference.width());
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setBrush(Qt::NoBrush);
        const QColor colour = m_mode == BrushLayers::Mode::Add ? QColor(40, 210, 90) : QColor(235, 50, 50);
        painter.setPen(QPen(colour, 1.5));
        painter.drawEllipse(m_hover, m_radius * scale, m_radius * scale);
        if (m_feather > 0) {
            painter.setPen(QPen(colour, 1.0, Qt::DotLine));
            const double inner = m_radius * (1.0 - m_feather) * scale;
            painter.drawEllipse(m_hover, inner, inner);
        }
    }
}

void MaskCanvas::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || m_reference.isNull() || m_layers->size() != m_reference.size()) return;
    m_layers->beginStroke(m_mode, m_radius, m_feather);
    m_layers->strokeTo(toImage(event->position()));
}

void MaskCanvas::mouseMoveEvent(QMouseEvent* event) {
    m_hover = event->position();
    if (m_layers->isStroking()) m_layers->strokeTo(toImage(event->position()));
    update();
}

void MaskCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !m_layers->isStroking()) return;
    m_layers->strokeTo(toImage(event->position()));
    m_layers->endStroke();
    Q_EMIT strokeFinished();
}

void MaskCanvas::leaveEvent(QEvent*) {
    m_hover = QPointF(-1, -1);
    update();
}

void MaskCanvas::dragEnterEvent(QDragEnterEvent* event) {
    if (!droppedImagePath(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void MaskCanvas::dropEvent(QDropEvent* event) {
    const QString path = droppedImagePath(event->mimeData());
    if (path.isEmpty()) return;
    event->acceptProposedAction();
    Q_EMIT referenceDropped(path);
}
