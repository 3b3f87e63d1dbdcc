#pragma once
// <qcustomplot.h> uses Qt's keywords (signals, slots, emit, foreach); every target here is built with
// QT_NO_KEYWORDS (architecture.md §4.6). Include QCustomPlot only through this header.
#include <QtGlobal>

#if !defined(signals) && !defined(slots)
#define CLUE_QCP_KEYWORDS
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#endif

#include <qcustomplot.h>

#ifdef CLUE_QCP_KEYWORDS
#undef signals
#undef slots
#undef emit
#undef foreach
#undef CLUE_QCP_KEYWORDS
#endif

/// Background, axes and tick colours of a plot from the widget palette (light and dark themes alike).
inline void applyPlotPalette(QCustomPlot* plot, const QPalette& pal) {
    plot->setBackground(pal.brush(QPalette::Base));
    for (QCPAxis* axis : {plot->xAxis, plot->yAxis}) {
        axis->setBasePen(QPen(pal.color(QPalette::Text)));
        axis->setTickPen(QPen(pal.color(QPalette::Text)));
        axis->setSubTickPen(QPen(pal.color(QPalette::Text)));
        axis->setTickLabelColor(pal.color(QPalette::Text));
        axis->setLabelColor(pal.color(QPalette::Text));
    }
}
