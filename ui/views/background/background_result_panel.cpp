#include "views/background/background_result_panel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <cmath>

#include "common/icons.h"
#include "common/image_convert.h"
#include "views/background/background_job.h"
#include "widgets/image_canvas.h"

BackgroundResultPanel::BackgroundResultPanel(QWidget* parent)
    : QWidget(parent),
      m_result(new ImageCanvas(this)),
      m_baseline(new ImageCanvas(this)),
      m_reference(new ImageCanvas(this)),
      m_resultMetrics(new QLabel(this)),
      m_baselineMetrics(new QLabel(this)),
      m_referenceMetrics(new QLabel(this)),
      m_note(new QLabel(this)),
      m_export(new QPushButton(Icons::icon(Icons::Kind::Export), tr("Export…"), this)) {
    m_result->setToolTip(tr("The result: generated subject, background from the reference"));
    m_baseline->setToolTip(tr("Plain img2img from the reference at the same strength and seed (the comparison)"));
    m_reference->setToolTip(tr("The reference as the model saw it (resized to the output size)"));
    m_resultMetrics->setToolTip(tr("Background fidelity of the result: PSNR and SSIM against the reference, "
                                   "weighted by the background (1 − mask)"));
    m_baselineMetrics->setToolTip(tr("Background fidelity of plain img2img, measured in the same background"));
    m_referenceMetrics->setToolTip(tr("The VAE's own reconstruction of the reference in the same background: the "
                                      "best the replacement can reach"));
    m_export->setToolTip(tr("Save the result with its parameters, plain img2img, the mask and the overlay in the "
                            "outputs folder"));
    m_export->setEnabled(false);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    int column = 0;
    for (ImageCanvas* canvas : {m_result, m_baseline, m_reference}) grid->addWidget(canvas, 0, column++);
    column = 0;
    for (QLabel* label : {m_resultMetrics, m_baselineMetrics, m_referenceMetrics}) {
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        label->setWordWrap(true);
        grid->addWidget(label, 1, column, Qt::AlignTop);
        grid->setColumnStretch(column++, 1);
    }
    grid->setRowStretch(0, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_note, 1);
    bottom->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addLayout(grid, 1);
    layout->addLayout(bottom);
    connect(m_export, &QPushButton::clicked, this, &BackgroundResultPanel::exportRequested);
    clear();
}

QString BackgroundResultPanel::metricsText(const BackgroundMetrics& m) {
    if (!m.valid()) return QStringLiteral("—");
    const QString psnr = std::isinf(*m.psnr) ? tr("∞") : QString::number(*m.psnr, 'f', 2);
    return tr("Background PSNR %1 dB · SSIM %2").arg(psnr, QString::number(*m.ssim, 'f', 3));
}

void BackgroundResultPanel::setEmptyText(const QString& text) { m_result->setEmptyText(text); }

void BackgroundResultPanel::clear() {
    m_hasResult = false;
    for (ImageCanvas* canvas : {m_result, m_baseline, m_reference}) canvas->clearImage();
    m_baseline->setEmptyText(QString());
    m_reference->setEmptyText(QString());
    for (QLabel* label : {m_resultMetrics, m_baselineMetrics, m_referenceMetrics}) label->clear();
    m_note->clear();
    m_export->setEnabled(false);
}

void BackgroundResultPanel::showRunning(int runSteps) {
    clear();
    m_result->setEmptyText(tr("Replacing the background: previews follow (%1 steps) …").arg(runSteps));
    m_baseline->setEmptyText(tr("Plain img2img runs after it"));
}

void BackgroundResultPanel::showPreview(const QImage& image, int step, int runSteps) {
    m_result->setImage(image, tr("Preview · step %1 of %2").arg(step).arg(runSteps));
}

void BackgroundResultPanel::showOutcome(const BackgroundOutcome& outcome) {
    const clue::BackgroundResult& r = outcome.result;
    m_hasResult = !r.image.empty();
    m_result->setImage(toQImage(r.image), tr("Background replaced"));
    m_baseline->setImage(toQImage(r.baseline), tr("Plain img2img"));
    m_reference->setImage(toQImage(r.reference), tr("Reference"));
    m_baseline->setEmptyText(tr("Plain img2img was not run"));
    m_resultMetrics->setText(metricsText(outcome.resultMetrics));
    m_baselineMetrics->setText(metricsText(outcome.baselineMetrics));
    m_referenceMetrics->setText(outcome.reconstructionMetrics.valid()
                                    ? tr("VAE reconstruction: %1").arg(metricsText(outcome.reconstructionMetrics))
                                    : QString());
    m_note->setText(tr("Measured inside the inverted mask of step %1 (%2 % of the image is background).")
                        .arg(r.maps.empty() ? 0 : r.maps.back().step)
                        .arg([&r] {
                            if (r.maps.empty() || r.maps.back().mask.empty()) return 0.0;
                            double sum = 0.0;
                            for (float v : r.maps.back().mask) sum += 1.0 - double(v);
                            return 100.0 * sum / double(r.maps.back().mask.size());
                        }(), 0, 'f', 0));
    m_export->setEnabled(m_hasResult);
}

void BackgroundResultPanel::showCancelled() {
    if (!m_result->image().isNull()) m_result->setImage(m_result->image(), tr("Cancelled"));
    m_result->setEmptyText(tr("Cancelled"));
    m_baseline->setEmptyText(QString());
}
