#include "views/evaluate/evaluate_report_panel.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

#include "widgets/qcustomplot_include.h"

namespace {

QString pct(double v) { return QString::number(100 * v, 'f', 1); }

QTableWidgetItem* cell(const QString& text, bool number = true) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (number) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget* table(QWidget* parent) {
    auto* t = new QTableWidget(parent);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->setMinimumHeight(120);
    return t;
}

// Okabe–Ito (colour-blind safe), as the report's figures.
const QColor kColours[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                           QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9)};

}  // namespace

EvaluateReportPanel::EvaluateReportPanel(QWidget* parent) : QWidget(parent), m_stack(new QStackedWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    auto* empty = new QLabel(tr("Pick real, test and synthetic images in the Parameters dock and run an evaluation, "
                                "or open an earlier report (results.json)."),
                             m_stack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack->addWidget(empty);

    auto* scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    auto* page = new QWidget(scroll);
    auto* v = new QVBoxLayout(page);
    auto* top = new QHBoxLayout;
    m_extractor = new QLabel(page);
    m_extractor->setWordWrap(true);
    m_extractor->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_browser = new QPushButton(tr("Open in browser"), page);
    m_browser->setToolTip(tr("Open report.html (tables and figures) in the web browser"));
    top->addWidget(m_extractor, 1);
    top->addWidget(m_browser, 0, Qt::AlignTop);
    v->addLayout(top);
    v->addWidget(new QLabel(tr("<b>Distribution metrics</b> (real test images vs. the same number of synthetic ones)"), page));
    m_distribution = table(page);
    m_distribution->setToolTip(tr("FID and KID: lower is closer to the real images; precision: share of synthetic "
                                  "images inside the real manifold; recall: share of real images covered"));
    v->addWidget(m_distribution);
    v->addWidget(new QLabel(tr("<b>Classifier macro-F1</b> on the real test images"), page));
    m_plot = new QCustomPlot(page);
    m_plot->setMinimumHeight(260);
    m_plot->setToolTip(tr("Synthetic-only training against scale (mean ± sd over seeds); dashed: real only and "
                          "real + synthetic"));
    v->addWidget(m_plot);
    m_f1 = table(page);
    v->addWidget(m_f1);
    m_notes = new QLabel(page);
    m_notes->setWordWrap(true);
    v->addWidget(m_notes);
    v->addStretch(1);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    connect(m_browser, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_html)); });
}

bool EvaluateReportPanel::hasReport() const { return m_stack->currentIndex() == 1; }

void EvaluateReportPanel::clear() { m_stack->setCurrentIndex(0); }

void EvaluateReportPanel::showReport(const clue::EvaluationReport& r) {
    m_html = QString::fromStdString(r.html);
    m_browser->setEnabled(!m_html.isEmpty());
    m_extractor->setText(tr("Features: %1").arg(QString::fromStdString(r.extractor.empty() ? "-" : r.extractor)));

    m_distribution->clear();
    m_distribution->setColumnCount(8);
    m_distribution->setHorizontalHeaderLabels({tr("Set"), tr("Class"), tr("Real"), tr("Synthetic"), tr("FID"),
                                               tr("KID ×10³"), tr("Precision %"), tr("Recall %")});
    m_distribution->setRowCount(int(r.distribution.size()));
    for (int i = 0; i < int(r.distribution.size()); ++i) {
        const auto& d = r.distribution[size_t(i)];
        m_distribution->setItem(i, 0, cell(QString::fromStdString(d.set), false));
        m_distribution->setItem(i, 1, cell(QString::fromStdString(d.class_name), false));
        m_distribution->setItem(i, 2, cell(QString::number(d.real_count)));
        m_distribution->setItem(i, 3, cell(QString::number(d.synthetic_count)));
        m_distribution->setItem(i, 4, cell(QString::number(d.fid, 'f', 2)));
        m_distribution->setItem(i, 5, cell(QStringLiteral("%1 ± %2").arg(1000 * d.kid, 0, 'f', 2).arg(1000 * d.kid_sd, 0, 'f', 2)));
        m_distribution->setItem(i, 6, cell(pct(d.precision)));
        m_distribution->setItem(i, 7, cell(pct(d.recall)));
    }

    QStringList headers{tr("Training"), tr("Set"), tr("Scale"), tr("Test"), tr("Images"), tr("Macro-F1 %"),
                        tr("Accuracy %")};
    for (const auto& c : r.classes) headers << tr("F1 %1 %").arg(QString::fromStdString(c));
    m_f1->clear();
    m_f1->setColumnCount(int(headers.size()));
    m_f1->setHorizontalHeaderLabels(headers);
    m_f1->setRowCount(int(r.f1.size()));
    for (int i = 0; i < int(r.f1.size()); ++i) {
        const auto& f = r.f1[size_t(i)];
        m_f1->setItem(i, 0, cell(QString::fromStdString(f.training), false));
        m_f1->setItem(i, 1, cell(QString::fromStdString(f.set), false));
        m_f1->setItem(i, 2, cell(f.scale > 0 ? QStringLiteral("%1 %").arg(f.scale) : QString()));
        m_f1->setItem(i, 3, cell(QString::fromStdString(f.test), false));
        m_f1->setItem(i, 4, cell(QString::number(f.train_count)));
        m_f1->setItem(i, 5, cell(QStringLiteral("%1 ± %2").arg(pct(f.macro_f1_mean), pct(f.macro_f1_sd))));
        m_f1->setItem(i, 6, cell(QStringLiteral("%1 ± %2").arg(pct(f.accuracy_mean), pct(f.accuracy_sd))));
        for (size_t c = 0; c < f.per_class_f1_mean.size(); ++c) m_f1->setItem(i, 7 + int(c), cell(pct(f.per_class_f1_mean[c])));
    }
    QStringList notes;
    for (const auto& n : r.notes) notes << QStringLiteral("• ") + QString::fromStdString(n).toHtmlEscaped();
    m_notes->setText(notes.isEmpty() ? QString() : tr("<b>Notes</b><br>%1").arg(notes.join(QStringLiteral("<br>"))));
    fillPlot(r);
    m_stack->setCurrentIndex(1);
}

void EvaluateReportPanel::fillPlot(const clue::EvaluationReport& r) {
    m_plot->clearPlottables();
    m_plot->clearItems();
    applyPlotPalette(m_plot, palette());
    std::vector<std::string> sets;
    std::vector<double> scales;
    for (const auto& f : r.f1) {
        if (f.test != "internal") continue;
        if (!f.set.empty() && std::find(sets.begin(), sets.end(), f.set) == sets.end()) sets.push_back(f.set);
        if (f.training == "synthetic" && std::find(scales.begin(), scales.end(), f.scale) == scales.end())
            scales.push_back(f.scale);
    }
    std::sort(scales.begin(), scales.end());
    const double x0 = scales.empty() ? 0 : scales.front() * 0.8, x1 = scales.empty() ? 1000 : scales.back() * 1.15;
    auto reference = [&](double y, const QColor& colour, const QString& name) {
        auto* g = m_plot->addGraph();
        g->setName(name);
        QPen pen(colour, 2, Qt::DashLine);
        g->setPen(pen);
        g->setData(QVector<double>{x0, x1}, QVector<double>{100 * y, 100 * y});
    };
    for (const auto& f : r.f1)
        if (f.test == "internal" && f.training == "real") reference(f.macro_f1_mean, QColor(120, 120, 120), tr("real only"));
    for (size_t s = 0; s < sets.size(); ++s) {
        const QColor colour = kColours[s % 6];
        QVector<double> x, y, e;
        for (double scale : scales)
            for (const auto& f : r.f1)
                if (f.test == "internal" && f.training == "synthetic" && f.set == sets[s] && f.scale == scale) {
                    x << scale;
                    y << 100 * f.macro_f1_mean;
                    e << 100 * f.macro_f1_sd;
                }
        auto* g = m_plot->addGraph();
        g->setName(QString::fromStdString(sets[s]));
        g->setPen(QPen(colour, 2));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 7));
        g->setData(x, y);
        auto* bars = new QCPErrorBars(m_plot->xAxis, m_plot->yAxis);
        bars->removeFromLegend();
        bars->setDataPlottable(g);
        bars->setData(e);
        bars->setPen(QPen(colour, 1));
        for (const auto& f : r.f1)
            if (f.test == "internal" && f.training == "real+synthetic" && f.set == sets[s])
                reference(f.macro_f1_mean, colour, tr("real + %1").arg(QString::fromStdString(sets[s])));
    }
    m_plot->xAxis->setScaleType(QCPAxis::stLogarithmic);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (double s : scales) ticker->addTick(s, QStringLiteral("%1 %").arg(s));
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setRange(x0, x1);
    m_plot->xAxis->setLabel(tr("synthetic images per class (% of the real training set)"));
    m_plot->yAxis->setLabel(tr("macro-F1 (%)"));
    double lo = 100;
    for (const auto& f : r.f1) lo = std::min(lo, 100 * (f.macro_f1_mean - f.macro_f1_sd));
    m_plot->yAxis->setRange(std::max(0.0, std::floor(lo / 10) * 10 - 5), 101);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    m_plot->replot();
}
