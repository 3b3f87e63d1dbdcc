#include "views/generate/parameters_panel.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "clue/engine.h"
#include "common/icons.h"

namespace {

QPlainTextEdit* makePromptEdit(QWidget* parent, int lines) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const int height = edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 8;
    edit->setFixedHeight(height);
    return edit;
}

}  // namespace

ParametersPanel::ParametersPanel(QWidget* parent)
    : QWidget(parent),
      m_prompt(makePromptEdit(this, 5)),
      m_negative(makePromptEdit(this, 3)),
      m_sampler(new QComboBox(this)),
      m_steps(new QSpinBox(this)),
      m_cfg(new QDoubleSpinBox(this)),
      m_seed(new QDoubleSpinBox(this)),
      m_dice(new QToolButton(this)),
      m_reuse(new QToolButton(this)),
      m_width(new QSpinBox(this)),
      m_height(new QSpinBox(this)),
      m_generate(new QToolButton(this)),
      m_cancel(new QToolButton(this)) {
    m_prompt->setPlaceholderText(tr("Describe the image you want"));
    m_prompt->setToolTip(tr("Prompt: what the image should show (A1111 syntax is kept in the metadata)"));
    m_negative->setPlaceholderText(tr("What the image should not show"));
    m_negative->setToolTip(tr("Negative prompt: steers the image away from these words"));

    m_sampler->addItem(tr("Model default"), QString());
    for (const std::string& key : clue::sampler_names())
        m_sampler->addItem(QString::fromStdString(clue::sampler_display_name(key)), QString::fromStdString(key));
    m_sampler->setToolTip(tr("Sampler: the algorithm that removes noise step by step; "
                             "\"Model default\" uses the model's own scheduler"));

    m_steps->setRange(1, 150);
    m_steps->setToolTip(tr("Sampling steps: more steps take longer and add detail (20–30 is typical)"));
    m_cfg->setRange(1.0, 30.0);
    m_cfg->setSingleStep(0.5);
    m_cfg->setDecimals(1);
    m_cfg->setToolTip(tr("CFG scale: how strictly the image follows the prompt (7 is typical)"));

    m_seed->setDecimals(0);
    m_seed->setRange(-1.0, 4294967295.0);
    m_seed->setSpecialValueText(tr("Random"));
    m_seed->setToolTip(tr("Seed: the same seed and parameters give the same image; −1 = random"));
    m_dice->setIcon(Icons::icon(Icons::Kind::Dice));
    m_dice->setToolTip(tr("Random seed (−1)"));
    m_reuse->setIcon(Icons::icon(Icons::Kind::Reuse));
    m_reuse->setToolTip(tr("Reuse the seed of the last image"));
    m_reuse->setEnabled(false);
    connect(m_dice, &QToolButton::clicked, this, &ParametersPanel::randomizeSeed);
    connect(m_reuse, &QToolButton::clicked, this, &ParametersPanel::reuseLastSeed);

    for (QSpinBox* box : {m_width, m_height}) {
        box->setRange(64, 2048);
        box->setSingleStep(8);
        box->setSuffix(tr(" px"));
    }
    m_width->setToolTip(tr("Image width in pixels (a multiple of 8)"));
    m_height->setToolTip(tr("Image height in pixels (a multiple of 8)"));

    for (QToolButton* button : {m_generate, m_cancel}) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setMinimumHeight(30);
    }
    QFont bold = m_generate->font();
    bold.setBold(true);
    m_generate->setFont(bold);

    auto* seedRow = new QHBoxLayout;
    seedRow->setContentsMargins(0, 0, 0, 0);
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(m_dice);
    seedRow->addWidget(m_reuse);
    auto* sizeRow = new QHBoxLayout;
    sizeRow->setContentsMargins(0, 0, 0, 0);
    sizeRow->addWidget(m_width, 1);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height, 1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Sampler"), m_sampler);
    form->addRow(tr("Steps"), m_steps);
    form->addRow(tr("CFG scale"), m_cfg);
    form->addRow(tr("Seed"), seedRow);
    m_form = form;
    m_seedRow = seedRow;
    form->addRow(tr("Size"), sizeRow);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_generate, 2);
    buttons->addWidget(m_cancel, 1);

    auto* layout = new QVBoxLayout(this);
    m_promptLabel = new QLabel(tr("Prompt"), this);
    layout->addWidget(m_promptLabel);
    layout->addWidget(m_prompt);
    layout->addWidget(new QLabel(tr("Negative prompt"), this));
    layout->addWidget(m_negative);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addLayout(buttons);
    layout->addStretch(1);

    setOptions(clue::GenerateOptions{});
    setSize(512, 512);
}

clue::GenerateOptions ParametersPanel::options() const {
    clue::GenerateOptions o;
    o.prompt = m_prompt->toPlainText().toStdString();
    o.negative_prompt = m_negative->toPlainText().toStdString();
    o.sampler = m_sampler->currentData().toString().toStdString();
    o.steps = m_steps->value();
    o.cfg = m_cfg->value();
    o.seed = qint64(m_seed->value());
    o.width = m_width->value();
    o.height = m_height->value();
    return o;
}

void ParametersPanel::setOptions(const clue::GenerateOptions& o) {
    m_prompt->setPlainText(QString::fromStdString(o.prompt));
    m_negative->setPlainText(QString::fromStdString(o.negative_prompt));
    int samplerIndex = 0;
    if (!o.sampler.empty()) {
        const auto canonical = clue::canonical_sampler_name(o.sampler);
        if (canonical) samplerIndex = qMax(0, m_sampler->findData(QString::fromStdString(canonical.value())));
    }
    m_sampler->setCurrentIndex(samplerIndex);
    m_steps->setValue(o.steps);
    m_cfg->setValue(o.cfg);
    m_seed->setValue(double(o.seed < 0 ? -1 : o.seed));
    if (o.width > 0 && o.height > 0) setSize(o.width, o.height);
}

void ParametersPanel::setPromptAndSeedVisible(bool visible) {
    m_promptLabel->setVisible(visible);
    m_prompt->setVisible(visible);
    m_form->setRowVisible(m_seedRow, visible);
}

bool ParametersPanel::isPromptAndSeedVisible() const { return !m_prompt->isHidden(); }

void ParametersPanel::setActions(QAction* generate, QAction* cancel) {
    m_generate->setDefaultAction(generate);
    m_cancel->setDefaultAction(cancel);
}

void ParametersPanel::setSize(int width, int height) {
    m_width->setValue(width);
    m_height->setValue(height);
}

void ParametersPanel::setLastSeed(qint64 seed) {
    m_lastSeed = seed;
    m_reuse->setEnabled(seed >= 0);
    m_reuse->setToolTip(seed >= 0 ? tr("Reuse the seed of the last image (%1)").arg(seed)
                                  : tr("Reuse the seed of the last image"));
}

void ParametersPanel::randomizeSeed() { m_seed->setValue(-1.0); }

void ParametersPanel::reuseLastSeed() {
    if (m_lastSeed >= 0) m_seed->setValue(double(m_lastSeed));
}
