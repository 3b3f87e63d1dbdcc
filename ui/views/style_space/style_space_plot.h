#pragma once
// The style-space scatter: pc1 against pc2 of every image, coloured by class (legend), axis labels
// with the explained variance. Hovering a point shows its file name and a thumbnail (loaded on hover,
// the last few cached); clicking anywhere picks that point of the map.
#include <QCache>
#include <QImage>
#include <QWidget>

#include <memory>

#include "clue/style.h"

class QCPItemTracer;
class QCustomPlot;
class QFrame;
class QLabel;

class StyleSpacePlot : public QWidget {
    Q_OBJECT

public:
    explicit StyleSpacePlot(QWidget* parent = nullptr);

    void setSpace(std::shared_ptr<const clue::StyleSpace> space);
    /// Index of the point nearest to plot coordinates (x, y) within `maxPixels` on screen; −1 if none.
    int pointNear(double x, double y, double maxPixels) const;
    /// Marks the chosen position (a cross) until the next choice.
    void setMarker(double x, double y);

    QCustomPlot* plot() const { return m_plot; }
    int graphCount() const;
    QString xLabel() const;
    QString yLabel() const;

Q_SIGNALS:
    /// A click: the plot position and the point under the cursor (−1 = empty space).
    void positionChosen(double x, double y, int pointIndex);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showHover(const QPoint& pos);
    QImage thumbnail(const QString& path);

    QCustomPlot* m_plot;
    QCPItemTracer* m_marker;
    QFrame* m_tip;
    QLabel* m_tipImage;
    QLabel* m_tipText;
    std::shared_ptr<const clue::StyleSpace> m_space;
    QCache<QString, QImage> m_thumbnails;
    int m_hovered = -1;
    QPoint m_pressPos;
};
