#pragma once
// Page 3 of the augmentation wizard: the style of each image (CLUE models only: from the prior, around real
// images with σ, or stratified over the PCA map), the plan's seed, and sampler · steps · CFG. Without a
// style path the style group is disabled and says why.
#include <QWizardPage>

#include "clue/augment.h"

class AugmentWizard;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QRadioButton;
class QSpinBox;

class StylePage : public QWizardPage {
    Q_OBJECT

public:
    explicit StylePage(AugmentWizard* wizard);

    void applyTo(clue::AugmentOptions& options) const;
    void setFrom(const clue::AugmentOptions& options);
    /// The strategy chosen (what is used when the model has a style path).
    clue::StyleStrategy strategy() const;
    bool isStyleAvailable() const;

    QGroupBox* styleGroup() const { return m_styleGroup; }
    QLabel* styleNote() const { return m_note; }
    QRadioButton* strategyButton(clue::StyleStrategy strategy) const;
    QDoubleSpinBox* sigmaSpin() const { return m_sigma; }
    QSpinBox* seedSpin() const { return m_seed; }
    QComboBox* samplerCombo() const { return m_sampler; }
    QSpinBox* stepsSpin() const { return m_steps; }
    QDoubleSpinBox* cfgSpin() const { return m_cfg; }
    QLabel* problemLabel() const { return m_problems; }

    bool validatePage() override;

private:
    void updateAvailability();

    AugmentWizard* m_wizard;
    QGroupBox* m_styleGroup;
    QRadioButton* m_prior;
    QRadioButton* m_aroundReal;
    QRadioButton* m_pca;
    QDoubleSpinBox* m_sigma;
    QLabel* m_note;
    QSpinBox* m_seed;
    QComboBox* m_sampler;
    QSpinBox* m_steps;
    QDoubleSpinBox* m_cfg;
    QLabel* m_problems;
};
