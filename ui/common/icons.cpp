#include "common/icons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>


namespace Icons {
namespace {

// All shapes are drawn in a 24×24 box.
void drawShape(QPainter& p, Kind kind, const QColor& color) {
    QPen pen(color, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (kind) {
    case Kind::Dice: {
        p.drawRoundedRect(QRectF(3.5, 3.5, 17, 17), 4, 4);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        for (const QPointF& c : {QPointF(8, 8), QPointF(16, 16), QPointF(12, 12), QPointF(16, 8), QPointF(8, 16)})
            p.drawEllipse(c, 1.7, 1.7);
        break;
    }
    case Kind::Reuse: {
        const QRectF box(4.5, 4.5, 15, 15);
        QPainterPath arc;
        arc.arcMoveTo(box, 90);
        arc.arcTo(box, 90, 280);
        p.drawPath(arc);
        // Arrow head at the start of the arc (top centre), pointing left along the circle.
        QPainterPath head;
        head.moveTo(15.5, 12 - 7.5 - 3.2);
        head.lineTo(11.0, 12 - 7.5);
        head.lineTo(15.5, 12 - 7.5 + 3.2);
        head.closeSubpath();
        p.setBrush(color);
        p.drawPath(head);
        break;
    }
    case Kind::Generate: {
        QPainterPath play;
        play.moveTo(7.5, 4.5);
        play.lineTo(19.5, 12);
        play.lineTo(7.5, 19.5);
        play.closeSubpath();
        p.setBrush(color);
        p.drawPath(play);
        break;
    }
    case Kind::Cancel:
        p.setBrush(color);
        p.drawRoundedRect(QRectF(6, 6, 12, 12), 2, 2);
        break;
    case Kind::OpenFolder: {
        QPainterPath folder;
        folder.moveTo(3, 19);
        folder.lineTo(3, 5.5);
        folder.lineTo(9, 5.5);
        folder.lineTo(11, 8);
        folder.lineTo(19, 8);
        folder.lineTo(19, 11);
        p.drawPath(folder);
        QPainterPath front;
        front.moveTo(3, 19);
        front.lineTo(6.5, 11);
        front.lineTo(21.5, 11);
        front.lineTo(18, 19);
        front.closeSubpath();
        p.drawPath(front);
        break;
    }
    case Kind::OpenFile: {
        QPainterPath page;
        page.moveTo(6, 3.5);
        page.lineTo(14, 3.5);
        page.lineTo(19, 8.5);
        page.lineTo(19, 20.5);
        page.lineTo(6, 20.5);
        page.closeSubpath();
        p.drawPath(page);
        p.drawPolyline(QPolygonF({QPointF(14, 3.5), QPointF(14, 8.5), QPointF(19, 8.5)}));
        break;
    }
    case Kind::Model: {
        const QPointF top(12, 3.5), left(4.5, 7.5), right(19.5, 7.5), centre(12, 11.5);
        const QPointF bottom(12, 20.5), bottomLeft(4.5, 16.5), bottomRight(19.5, 16.5);
        p.drawPolygon(QPolygonF({top, right, bottomRight, bottom, bottomLeft, left}));
        p.drawPolyline(QPolygonF({left, centre, right}));
        p.drawLine(centre, bottom);
        break;
    }
    case Kind::Export: {
        p.drawPolyline(QPolygonF({QPointF(10, 5), QPointF(4.5, 5), QPointF(4.5, 19.5), QPointF(19, 19.5),
                                  QPointF(19, 14)}));
        p.drawLine(QPointF(11, 13), QPointF(19.5, 4.5));
        p.drawPolyline(QPolygonF({QPointF(13.5, 4.5), QPointF(19.5, 4.5), QPointF(19.5, 10.5)}));
        break;
    }
    }
}

class PaintedIconEngine final : public QIconEngine {
public:
    explicit PaintedIconEngine(Kind kind) : m_kind(kind) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override {
        const QPalette palette = QGuiApplication::palette();
        QColor color = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                     QPalette::ButtonText);
        if (mode == QIcon::Selected) color = palette.color(QPalette::HighlightedText);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / 24.0, rect.height() / 24.0);
        drawShape(*painter, m_kind, color);
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine* clone() const override { return new PaintedIconEngine(m_kind); }

private:
    Kind m_kind;
};

}  // namespace

QIcon icon(Kind kind) { return QIcon(new PaintedIconEngine(kind)); }

QIcon appIcon() {
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/clue-studio-%1.png").arg(size), QSize(size, size));
    return icon;
}

}  // namespace Icons
