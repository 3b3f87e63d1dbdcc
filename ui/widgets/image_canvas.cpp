#include "widgets/image_canvas.h"

#include <QPainter>
#include <QPalette>

ImageCanvas::ImageCanvas(QWidget* parent) : QWidget(parent) {
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ImageCanvas::setImage(const QImage& image, const QString& caption) {
    m_image = image;
    m_caption = caption;
    update();
}

void ImageCanvas::clearImage() {
    m_image = QImage();
    m_caption.clear();
    update();
}

void ImageCanvas::setEmptyText(const QString& text) {
    m_emptyText = text;
    update();
}

QSize ImageCanvas::sizeHint() const { return {640, 560}; }

QSize ImageCanvas::minimumSizeHint() const { return {200, 160}; }

void ImageCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QRect area = rect().adjusted(12, 12, -12, -12);
    if (m_image.isNull()) {
        QFont font = painter.font();
        font.setPointSizeF(font.pointSizeF() * 1.4);
        painter.setFont(font);
        painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    const int captionHeight = m_caption.isEmpty() ? 0 : fontMetrics().height() + 8;
    const QRect imageArea = area.adjusted(0, 0, 0, -captionHeight);
    QSize size = m_image.size().scaled(imageArea.size(), Qt::KeepAspectRatio);
    // Small images (tiny test models, previews) are enlarged by whole factors so pixels stay square.
    if (m_image.width() <= imageArea.width() / 2 && m_image.height() <= imageArea.height() / 2) {
        const int factor = qMax(1, qMin(imageArea.width() / m_image.width(), imageArea.height() / m_image.height()));
        size = m_image.size() * factor;
    }
    const QRect target(imageArea.x() + (imageArea.width() - size.width()) / 2,
                       imageArea.y() + (imageArea.height() - size.height()) / 2, size.width(), size.height());
    painter.setRenderHint(QPainter::SmoothPixmapTransform, size.width() < m_image.width());
    painter.drawImage(target, m_image);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(target.adjusted(0, 0, -1, -1));
    if (captionHeight > 0) {
        painter.setPen(palette().color(QPalette::Text));
        const QRect captionRect(area.x(), target.bottom() + 6, area.width(), captionHeight);
        painter.drawText(captionRect, Qt::AlignHCenter | Qt::AlignTop,
                         fontMetrics().elidedText(m_caption, Qt::ElideRight, area.width()));
    }
}
