#pragma once
// The collapsible "Mask" group of the Background view's panel: every mask parameter of methods.md §4.5 (blur, the
// threshold k of mean + k·std or a top share, dilation, feather, coarsest maps) plus when masks are computed (reuse the
// first, extend the last). Collapsed by default; a summary beside the header shows the values.
#include <QWidget>

#include "clue/background.h"

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QToolButton;

class MaskGroup : public QWidget {
    Q_OBJECT

public:
    explicit MaskGroup(QWidget* parent = nullptr);

    /// Reads the mask fields into `options` (mask, reuse_first_mask, extend_to_step).
    void apply(clue::BackgroundOptions& options) const;
    void setOptions(const clue::BackgroundOptions& options);

    bool isExpanded() const;
    void setExpanded(bool expanded);

    QDoubleSpinBox* blurSigmaBox() const { return m_blurSigma; }
    QDoubleSpinBox* thresholdBox() const { return m_threshold; }
    QSpinBox* dilationBox() const { return m_dilateIterations; }
    QDoubleSpinBox* featherBox() const { return m_feather; }

Q_SIGNALS:
    void changed();

private:
    void updateHeader();

    QToolButton* m_header;
    QLabel* m_summary;
    QWidget* m_body;
    QSpinBox* m_blurKernel;
    QDoubleSpinBox* m_blurSigma;
    QDoubleSpinBox* m_threshold;
    QDoubleSpinBox* m_topFraction;
    QSpinBox* m_dilateKernel;
    QSpinBox* m_dilateIterations;
    QDoubleSpinBox* m_feather;
    QCheckBox* m_skipLowest;
    QCheckBox* m_reuseFirst;
    QSpinBox* m_extendTo;
};
