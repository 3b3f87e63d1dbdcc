#include "views/background/mask_group.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QSpinBox* oddBox(QWidget* parent, const QString& tip) {
    auto* box = new QSpinBox(parent);
    box->setRange(1, 31);
    box->setSingleStep(2);  // odd sizes only: 1, 3, 5, …
    box->setToolTip(tip);
    return box;
}

QDoubleSpinBox* realBox(QWidget* parent, double lo, double hi, double step, int decimals, const QString& tip) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(lo, hi);
    box->setSingleStep(step);
    box->setDecimals(decimals);
    box->setToolTip(tip);
    return box;
}

}  // namespace

MaskGroup::MaskGroup(QWidget* parent)
    : QWidget(parent),
      m_header(new QToolButton(this)),
      m_summary(new QLabel(this)),
      m_body(new QWidget(this)),
      m_blurKernel(oddBox(m_body, tr("Size of the Gaussian blur of the importance map, in latent cells (odd; 1 = no "
                                     "blur)"))),
      m_blurSigma(realBox(m_body, 0.1, 20.0, 0.1, 2, tr("Sigma of the blur, in latent cells"))),
      m_threshold(realBox(m_body, -10.0, 10.0, 0.1, 2,
                          tr("Threshold τ = mean + k·std of the normalised map: larger k, smaller subject"))),
      m_topFraction(realBox(m_body, 0.0, 0.99, 0.05, 2,
                            tr("Instead of the threshold, keep this share of the cells as the subject (0 = off)"))),
      m_dilateKernel(oddBox(m_body, tr("Size of the dilation that grows the subject, in latent cells (odd)"))),
      m_dilateIterations(new QSpinBox(m_body)),
      m_feather(realBox(m_body, 0.0, 20.0, 0.25, 2,
                        tr("Soft mask edges: sigma of a blur of the final mask, in latent cells (0 = hard edges)"))),
      m_skipLowest(new QCheckBox(tr("Skip the coarsest attention maps"), m_body)),
      m_reuseFirst(new QCheckBox(tr("Reuse the first mask"), m_body)),
      m_extendTo(new QSpinBox(m_body)) {
    m_header->setCheckable(true);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setAutoRaise(true);
    m_header->setToolTip(tr("Show or hide the mask parameters"));
    m_header->setText(tr("Mask"));
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // clipped rather than widening the dock
    m_summary->setEnabled(false);  // the disabled (grey) text colour of the palette
    m_summary->setToolTip(tr("The mask parameters in use; open the group to change them"));
    m_dilateIterations->setRange(0, 50);
    m_dilateIterations->setToolTip(tr("How often the dilation is applied (0 = none)"));
    m_skipLowest->setToolTip(tr("Leave out the lowest-resolution cross-attention maps (prompt-to-prompt practice)"));
    m_reuseFirst->setToolTip(tr("Compute the mask once, at the first manipulation step, and apply it at the later "
                                "ones (one gradient pass instead of one per step)"));
    m_extendTo->setRange(-1, 1000);
    m_extendTo->setSpecialValueText(tr("Off"));
    m_extendTo->setToolTip(tr("Keep applying the last mask at every step up to this one (Blended Latent Diffusion "
                              "style); Off = only at the manipulation steps"));

    auto* form = new QFormLayout(m_body);
    form->setContentsMargins(12, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Blur size"), m_blurKernel);
    form->addRow(tr("Blur sigma"), m_blurSigma);
    form->addRow(tr("Threshold k"), m_threshold);
    form->addRow(tr("Top share"), m_topFraction);
    form->addRow(tr("Dilation size"), m_dilateKernel);
    form->addRow(tr("Dilation steps"), m_dilateIterations);
    form->addRow(tr("Feather"), m_feather);
    form->addRow(m_skipLowest);
    form->addRow(m_reuseFirst);
    form->addRow(tr("Extend to step"), m_extendTo);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header);
    headerRow->addWidget(m_summary, 1);
    layout->addLayout(headerRow);
    layout->addWidget(m_body);

    setOptions(clue::default_background_options());
    setExpanded(false);
    connect(m_header, &QToolButton::toggled, this, &MaskGroup::setExpanded);
    for (QSpinBox* box : {m_blurKernel, m_dilateKernel, m_dilateIterations, m_extendTo})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            updateHeader();
            Q_EMIT changed();
        });
    for (QDoubleSpinBox* box : {m_blurSigma, m_threshold, m_topFraction, m_feather})
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
            updateHeader();
            Q_EMIT changed();
        });
    for (QCheckBox* box : {m_skipLowest, m_reuseFirst}) connect(box, &QCheckBox::toggled, this, &MaskGroup::changed);
}

void MaskGroup::apply(clue::BackgroundOptions& options) const {
    clue::MaskOptions& m = options.mask;
    m.blur_kernel = m_blurKernel->value() | 1;
    m.blur_sigma = m_blurSigma->value();
    m.threshold_std = m_threshold->value();
    m.top_fraction = m_topFraction->value();
    m.dilate_kernel = m_dilateKernel->value() | 1;
    m.dilate_iterations = m_dilateIterations->value();
    m.feather_sigma = m_feather->value();
    m.skip_lowest_resolution = m_skipLowest->isChecked();
    options.reuse_first_mask = m_reuseFirst->isChecked();
    options.extend_to_step = m_extendTo->value();
}

void MaskGroup::setOptions(const clue::BackgroundOptions& options) {
    const clue::MaskOptions& m = options.mask;
    const QSignalBlocker blockers[] = {QSignalBlocker(m_blurKernel), QSignalBlocker(m_blurSigma),
                                       QSignalBlocker(m_threshold), QSignalBlocker(m_topFraction),
                                       QSignalBlocker(m_dilateKernel), QSignalBlocker(m_dilateIterations),
                                       QSignalBlocker(m_feather), QSignalBlocker(m_skipLowest),
                                       QSignalBlocker(m_reuseFirst), QSignalBlocker(m_extendTo)};
    m_blurKernel->setValue(m.blur_kernel);
    m_blurSigma->setValue(m.blur_sigma);
    m_threshold->setValue(m.threshold_std);
    m_topFraction->setValue(m.top_fraction);
    m_dilateKernel->setValue(m.dilate_kernel);
    m_dilateIterations->setValue(m.dilate_iterations);
    m_feather->setValue(m.feather_sigma);
    m_skipLowest->setChecked(m.skip_lowest_resolution);
    m_reuseFirst->setChecked(options.reuse_first_mask);
    m_extendTo->setValue(options.extend_to_step);
    updateHeader();
}

bool MaskGroup::isExpanded() const { return m_body->isVisibleTo(this); }

void MaskGroup::setExpanded(bool expanded) {
    const QSignalBlocker blocker(m_header);
    m_header->setChecked(expanded);
    m_header->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
}

void MaskGroup::updateHeader() {
    const QString rule = m_topFraction->value() > 0
                             ? tr("top %1 %").arg(m_topFraction->value() * 100.0, 0, 'f', 0)
                             : tr("k %1").arg(m_threshold->value(), 0, 'f', 2);
    m_summary->setText(tr("blur σ %1 · %2 · dilate %3× · feather %4")
                          .arg(m_blurSigma->value(), 0, 'f', 1)
                          .arg(rule)
                          .arg(m_dilateIterations->value())
                          .arg(m_feather->value(), 0, 'f', 1));
}
