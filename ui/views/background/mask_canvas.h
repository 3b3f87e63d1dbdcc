#pragma once
// The Background view's canvas: the reference image, the importance map of one manipulation step as a heat overlay,
// the mask (subject tinted, outlined per latent cell, as the replacement acts), and the brush layers (add in green,
// erase in red) painted with the mouse. Image files dropped on it become the reference (referenceDropped).
#include <QImage>
#include <QPainterPath>
#include <QWidget>

#include <vector>

#include "views/background/brush_layers.h"

class MaskCanvas : public QWidget {
    Q_OBJECT

public:
    MaskCanvas(BrushLayers* layers, QWidget* parent = nullptr);

    void setReference(const QImage& image);
    QImage reference() const { return m_reference; }
    /// The heat map (any size; drawn over the whole reference) and the mask at latent resolution (0…1, lw × lh).
    void setMaps(const QImage& heat, const std::vector<float>& mask, int maskWidth, int maskHeight);
    void clearMaps();
    bool hasMaps() const { return !m_heat.isNull(); }

    void setShowHeat(bool show);
    void setShowMask(bool show);
    void setHeatOpacity(double opacity);

    /// The brush the mouse paints with (radius in reference pixels, feather 0…1).
    void setBrush(BrushLayers::Mode mode, double radius, double feather);
    BrushLayers::Mode brushMode() const { return m_mode; }

    void setEmptyText(const QString& text);
    QString emptyText() const { return m_emptyText; }
    void setCaption(const QString& text);

    /// Where the reference is drawn (widget pixels) and the mapping to reference pixels.
    QRect imageRect() const;
    QPointF toImage(const QPointF& widgetPoint) const;

    QSize sizeHint() const override { return {640, 480}; }
    QSize minimumSizeHint() const override { return {200, 160}; }

Q_SIGNALS:
    void referenceDropped(const QString& path);
    void strokeFinished();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void updateBrushOverlay(const QRect& rect);

    BrushLayers* m_layers;
    QImage m_reference;
    QImage m_referenceGrey;  ///< under the heat map: colour on grey reads better than colour on colour
    QImage m_heat;
    QImage m_brushOverlay;  ///< ARGB32 premultiplied at the reference's size: green = add, red = erase
    QPainterPath m_maskPath;        ///< subject cells, in latent cells
    QPainterPath m_backgroundPath;  ///< the other cells
    QSize m_maskSize;
    bool m_showHeat = true;
    bool m_showMask = true;
    double m_heatOpacity = 0.8;
    BrushLayers::Mode m_mode = BrushLayers::Mode::Add;
    double m_radius = 12.0;
    double m_feather = 0.5;
    QString m_emptyText;
    QString m_caption;
    QPointF m_hover{-1, -1};
};
