#include "views/trajectory/swap_timeline.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QStyleOptionFocusRect>

#include <algorithm>
#include <cmath>

SwapTimeline::SwapTimeline(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(tr("Swap steps λ on the scheduler steps (left: noise, right: the image). Drag a marker to move it, "
                  "click to add one, right-click to remove one. Keys: Left/Right move the selected marker "
                  "(Ctrl: by 5), Up/Down select another, Insert adds, Delete removes."));
    setAccessibleName(tr("Swap step timeline"));
    m_swapSteps = {45, 40, 35, 30, 25, 20, 15, 10, 5};
    m_selected = m_swapSteps.first();
}

QList<int> SwapTimeline::normalized(const QList<int>& steps, int stepCount) {
    QList<int> out;
    for (int s : steps)
        if (s >= 0 && s < stepCount && !out.contains(s)) out.append(s);
    std::sort(out.begin(), out.end(), std::greater<int>());
    return out;
}

QList<int> SwapTimeline::rescaled(const QList<int>& steps, int oldCount, int newCount) {
    if (oldCount <= 0 || newCount <= 0 || oldCount == newCount) return normalized(steps, newCount);
    QList<int> out;
    for (int s : steps) {
        const int r = int(std::lround(double(s) * newCount / oldCount));
        out.append(std::clamp(r, 0, newCount - 1));
    }
    return normalized(out, newCount);
}

QString SwapTimeline::format(const QList<int>& steps) {
    QStringList parts;
    for (int s : steps) parts << QString::number(s);
    return parts.join(QStringLiteral(", "));
}

bool SwapTimeline::parse(const QString& text, QList<int>* steps) {
    QList<int> out;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int v = part.toInt(&ok);
        if (!ok) return false;
        out.append(v);
    }
    if (steps) *steps = out;
    return true;
}

void SwapTimeline::setSteps(int steps) {
    steps = std::max(1, steps);
    if (steps == m_steps) return;
    const QList<int> moved = rescaled(m_swapSteps, m_steps, steps);
    m_steps = steps;
    if (!moved.contains(m_selected)) m_selected = moved.isEmpty() ? -1 : moved.first();
    if (moved != m_swapSteps) {
        m_swapSteps = moved;
        changed();
    }
    update();
}

void SwapTimeline::setSwapSteps(const QList<int>& steps) {
    const QList<int> n = normalized(steps, m_steps);
    if (!n.contains(m_selected)) m_selected = n.isEmpty() ? -1 : n.first();
    if (n == m_swapSteps) return;
    m_swapSteps = n;
    changed();
}

bool SwapTimeline::addStep(int step) {
    if (step < 0 || step >= m_steps || m_swapSteps.contains(step)) return false;
    m_swapSteps = normalized(m_swapSteps + QList<int>{step}, m_steps);
    changed();
    return true;
}

bool SwapTimeline::removeStep(int step) {
    if (!m_swapSteps.contains(step) || m_swapSteps.size() <= 1) return false;
    const int index = int(m_swapSteps.indexOf(step));
    m_swapSteps.removeAll(step);
    if (m_selected == step) m_selected = m_swapSteps.value(std::min(index, int(m_swapSteps.size()) - 1), -1);
    changed();
    return true;
}

int SwapTimeline::moveStep(int from, int to) {
    if (!m_swapSteps.contains(from)) return -1;
    to = std::clamp(to, 0, m_steps - 1);
    if (to == from) return from;
    const int dir = to > from ? 1 : -1;
    int target = to;
    while (target >= 0 && target < m_steps && m_swapSteps.contains(target)) target += dir;  // skip over others
    if (target < 0 || target >= m_steps) {  // no room beyond: the free place nearest to `to` on the way back
        target = to;
        while (target != from && m_swapSteps.contains(target)) target -= dir;
    }
    if (target == from) return from;
    m_swapSteps.removeAll(from);
    m_swapSteps = normalized(m_swapSteps + QList<int>{target}, m_steps);
    if (m_selected == from) m_selected = target;
    changed();
    return target;
}

int SwapTimeline::addInWidestGap() {
    int bestStart = -1, bestLength = 0;
    for (int s = 0; s < m_steps;) {
        if (m_swapSteps.contains(s)) {
            ++s;
            continue;
        }
        int e = s;
        while (e + 1 < m_steps && !m_swapSteps.contains(e + 1)) ++e;
        if (e - s + 1 > bestLength) bestStart = s, bestLength = e - s + 1;
        s = e + 1;
    }
    if (bestStart < 0) return -1;
    const int step = bestStart + (bestLength - 1) / 2;
    addStep(step);
    m_selected = step;
    update();
    return step;
}

void SwapTimeline::setSelectedStep(int step) {
    m_selected = m_swapSteps.contains(step) ? step : -1;
    update();
}

void SwapTimeline::changed() {
    update();
    Q_EMIT swapStepsChanged(m_swapSteps);
}

QRect SwapTimeline::axisRect() const {
    const int fh = fontMetrics().height();
    const int margin = fontMetrics().horizontalAdvance(QStringLiteral("000")) / 2 + 6;
    // Marker labels above, tick labels below; the axis line runs along the rectangle's vertical centre.
    return QRect(margin, fh + 8, std::max(1, width() - 2 * margin), 14);
}

int SwapTimeline::xForStep(int step) const {
    const QRect a = axisRect();
    return a.left() + int(std::lround(double(step) * a.width() / std::max(1, m_steps)));
}

int SwapTimeline::stepAtX(int x) const {
    const QRect a = axisRect();
    const double s = double(x - a.left()) * m_steps / std::max(1, a.width());
    return std::clamp(int(std::lround(s)), 0, m_steps);
}

int SwapTimeline::markerAt(const QPoint& p) const {
    const int tolerance = std::max(6, fontMetrics().horizontalAdvance(QStringLiteral("00")) / 2 + 4);
    int best = -1, bestDistance = tolerance + 1;
    for (int s : m_swapSteps) {
        const int d = std::abs(p.x() - xForStep(s));
        if (d < bestDistance || (d == bestDistance && s == m_selected)) best = s, bestDistance = d;
    }
    return best;
}

QSize SwapTimeline::sizeHint() const { return {600, 3 * fontMetrics().height() + 26}; }

QSize SwapTimeline::minimumSizeHint() const { return {200, 3 * fontMetrics().height() + 26}; }

void SwapTimeline::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRect a = axisRect();
    const int y = a.center().y();
    const int fh = fontMetrics().height();
    // A band along the axis, the line, ticks every step where there is room, numbers where they fit.
    p.setPen(Qt::NoPen);
    p.setBrush(pal.color(QPalette::AlternateBase));
    p.drawRoundedRect(QRect(QPoint(a.left(), y - 5), QPoint(xForStep(m_steps), y + 5)), 3, 3);
    p.setPen(QPen(pal.color(QPalette::Text), 1));
    p.drawLine(a.left(), y, xForStep(m_steps), y);
    const double pixelsPerStep = double(a.width()) / m_steps;
    int labelEvery = 1;
    for (int k : {1, 2, 5, 10, 20, 25, 50, 100, 200, 500})
        if ((labelEvery = k) * pixelsPerStep >= fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 4) break;
    for (int s = 0; s <= m_steps; ++s) {
        const bool major = s % labelEvery == 0 || s == m_steps;
        if (!major && pixelsPerStep < 3) continue;
        const int x = xForStep(s);
        p.drawLine(x, y, x, y + (major ? 6 : 3));
        if (major && (s == m_steps || (m_steps - s) * pixelsPerStep >= fontMetrics().horizontalAdvance(QStringLiteral("000"))))
            p.drawText(QRect(x - 30, y + 7, 60, fh), Qt::AlignHCenter | Qt::AlignTop, QString::number(s));
    }
    for (int s : m_swapSteps) {
        const int x = xForStep(s);
        const bool selected = s == m_selected;
        const QColor colour = pal.color(QPalette::Highlight);
        p.setPen(QPen(colour, selected ? 3 : 2));
        p.drawLine(x, a.top() - 2, x, a.bottom());
        const QString text = QString::number(s);
        const int w = fontMetrics().horizontalAdvance(text) + 8;
        const QRect handle(x - w / 2, 2, w, fh + 4);
        p.setBrush(selected ? colour : pal.color(QPalette::Base));
        p.setPen(QPen(colour, 1));
        p.drawRoundedRect(handle, 3, 3);
        p.setPen(selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text));
        p.drawText(handle, Qt::AlignCenter, text);
        if (selected && hasFocus()) {
            QStyleOptionFocusRect option;
            option.initFrom(this);
            option.rect = handle.adjusted(-2, -2, 2, 2);
            style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
        }
    }
}

void SwapTimeline::mousePressEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    const int marker = markerAt(pos);
    if (event->button() == Qt::RightButton) {
        if (marker >= 0) removeStep(marker);
        return;
    }
    if (event->button() != Qt::LeftButton) return;
    if (marker >= 0) {
        m_dragging = marker;
    } else {
        const int step = std::min(stepAtX(pos.x()), m_steps - 1);
        if (addStep(step)) m_dragging = step;
    }
    if (m_dragging >= 0) setSelectedStep(m_dragging);
}

void SwapTimeline::mouseMoveEvent(QMouseEvent* event) {
    if (m_dragging < 0) return;
    const int now = moveStep(m_dragging, stepAtX(int(event->position().x())));
    if (now >= 0) m_dragging = now;
}

void SwapTimeline::mouseReleaseEvent(QMouseEvent*) { m_dragging = -1; }

void SwapTimeline::keyPressEvent(QKeyEvent* event) {
    QList<int> ascending = m_swapSteps;
    std::reverse(ascending.begin(), ascending.end());
    const int index = int(ascending.indexOf(m_selected));
    const int by = event->modifiers().testFlag(Qt::ControlModifier) ? 5 : 1;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (m_selected < 0 && !ascending.isEmpty()) setSelectedStep(ascending.first());
        else if (m_selected >= 0) moveStep(m_selected, m_selected + (event->key() == Qt::Key_Left ? -by : by));
        break;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (!ascending.isEmpty()) {
            const int next = index < 0 ? 0 : index + (event->key() == Qt::Key_Up ? 1 : -1);
            setSelectedStep(ascending.value(std::clamp(next, 0, int(ascending.size()) - 1)));
        }
        break;
    case Qt::Key_Home:
    case Qt::Key_End:
        if (!ascending.isEmpty()) setSelectedStep(event->key() == Qt::Key_Home ? ascending.first() : ascending.last());
        break;
    case Qt::Key_Insert:
    case Qt::Key_Plus:
        addInWidestGap();
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
    case Qt::Key_Minus:
        if (m_selected >= 0) removeStep(m_selected);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}
