#include "views/dataset_wizard/style_page.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

#include "clue/engine.h"
#include "views/dataset_wizard/augment_wizard.h"
#include "views/dataset_wizard/wizard_common.h"

StylePage::StylePage(AugmentWizard* wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_styleGroup(new QGroupBox(tr("Style of each image"), this)),
      m_prior(new QRadioButton(tr("From the prior"), m_styleGroup)),
      m_aroundReal(new QRadioButton(tr("Around real images"), m_styleGroup)),
      m_pca(new QRadioButton(tr("Stratified over the PCA map"), m_styleGroup)),
      m_sigma(new QDoubleSpinBox(m_styleGroup)),
      m_note(new QLabel(this)),
      m_seed(new QSpinBox(this)),
      m_sampler(new QComboBox(this)),
      m_steps(new QSpinBox(this)),
      m_cfg(new QDoubleSpinBox(this)),
      m_problems(WizardCommon::makeProblemLabel(this)) {
    setTitle(tr("Style and sampling"));
    setSubTitle(tr("How the style vector s of each image is chosen, and how each image is sampled."));

    m_prior->setToolTip(tr("s ~ N(0, I): new styles, as varied as the model learnt them"));
    m_aroundReal->setToolTip(tr("s = μ of a real training image of the class + σ·ξ: styles close to real images"));
    m_pca->setToolTip(tr("A grid over the class's region of the style space (PCA map): the styles are spread "
                         "evenly. Needs the run's style space"));
    m_sigma->setRange(0.0, 10.0);
    m_sigma->setDecimals(2);
    m_sigma->setSingleStep(0.1);
    m_sigma->setPrefix(QStringLiteral("σ = "));
    m_sigma->setToolTip(tr("How far the styles stray from the real image's style (0 = its own style)"));
    m_styleGroup->setToolTip(tr("Only CLUE models (with a style path) can choose the style of an image"));
    auto* grid = new QGridLayout(m_styleGroup);
    grid->addWidget(m_prior, 0, 0);
    grid->addWidget(m_aroundReal, 1, 0);
    grid->addWidget(m_sigma, 1, 1);
    grid->addWidget(m_pca, 2, 0);
    grid->setColumnStretch(2, 1);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    connect(m_aroundReal, &QRadioButton::toggled, m_sigma, &QWidget::setEnabled);

    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setToolTip(tr("Seed of the plan: image i of a class always gets the same noise and style from it, "
                          "so a resumed or sharded run makes the same images"));
    m_sampler->addItem(tr("Model default"), QString());
    for (const std::string& key : clue::sampler_names())
        m_sampler->addItem(QString::fromStdString(clue::sampler_display_name(key)), QString::fromStdString(key));
    m_sampler->setToolTip(tr("Sampler: the algorithm that removes noise step by step"));
    m_steps->setRange(1, 1000);
    m_steps->setToolTip(tr("Sampler steps per image: more is slower, often cleaner"));
    m_cfg->setRange(0.0, 100.0);
    m_cfg->setDecimals(1);
    m_cfg->setSingleStep(0.5);
    m_cfg->setToolTip(tr("Classifier-free guidance: how strongly the image follows the class prompt"));

    auto* form = new QFormLayout;
    form->addRow(tr("Seed"), m_seed);
    form->addRow(tr("Sampler"), m_sampler);
    form->addRow(tr("Steps"), m_steps);
    form->addRow(tr("CFG scale"), m_cfg);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_styleGroup);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_problems);

    setFrom(clue::AugmentOptions{});
    connect(m_wizard, &AugmentWizard::modelFactsChanged, this, &StylePage::updateAvailability);
    updateAvailability();
}

bool StylePage::isStyleAvailable() const { return m_wizard->modelFacts().hasStylePath(); }

void StylePage::updateAvailability() {
    const ModelFacts& facts = m_wizard->modelFacts();
    m_styleGroup->setEnabled(facts.hasStylePath());
    if (!facts.hasStylePath())
        m_note->setText(tr("This model has no style path (a vanilla fine-tune or a base model), so the style of "
                           "an image cannot be chosen: images differ by their seed only. Train with the CLUE "
                           "mode to get one."));
    else if (!facts.hasStyleSpace)
        m_note->setText(tr("This model has no style space yet: \"stratified over the PCA map\" falls back to the "
                           "prior. Compute it in the Style space view or with clue pca."));
    else
        m_note->setText(tr("The style vector s has %1 numbers.").arg(facts.styleDim));
}

clue::StyleStrategy StylePage::strategy() const {
    if (m_aroundReal->isChecked()) return clue::StyleStrategy::AroundReal;
    if (m_pca->isChecked()) return clue::StyleStrategy::PcaStratified;
    return clue::StyleStrategy::Prior;
}

QRadioButton* StylePage::strategyButton(clue::StyleStrategy strategy) const {
    switch (strategy) {
    case clue::StyleStrategy::AroundReal: return m_aroundReal;
    case clue::StyleStrategy::PcaStratified: return m_pca;
    case clue::StyleStrategy::Prior: break;
    }
    return m_prior;
}

void StylePage::applyTo(clue::AugmentOptions& options) const {
    // Without a style path the core ignores the strategy; say what happens (prior = no style at all).
    options.style_strategy = isStyleAvailable() ? strategy() : clue::StyleStrategy::Prior;
    options.around_real_sigma = m_sigma->value();
    options.seed = m_seed->value();
    options.sampler = m_sampler->currentData().toString().toStdString();
    options.steps = m_steps->value();
    options.cfg = m_cfg->value();
}

void StylePage::setFrom(const clue::AugmentOptions& options) {
    strategyButton(options.style_strategy)->setChecked(true);
    m_sigma->setValue(options.around_real_sigma);
    m_sigma->setEnabled(m_aroundReal->isChecked());
    m_seed->setValue(int(std::clamp<std::int64_t>(options.seed, 0, std::numeric_limits<int>::max())));
    int sampler = 0;
    if (!options.sampler.empty())
        if (const auto canonical = clue::canonical_sampler_name(options.sampler))
            sampler = qMax(0, m_sampler->findData(QString::fromStdString(canonical.value())));
    m_sampler->setCurrentIndex(sampler);
    m_steps->setValue(options.steps);
    m_cfg->setValue(options.cfg);
}

bool StylePage::validatePage() {
    const QStringList problems = m_wizard->problems(AugmentWizard::StylePageId);
    WizardCommon::showProblems(m_problems, problems);
    return problems.isEmpty();
}
