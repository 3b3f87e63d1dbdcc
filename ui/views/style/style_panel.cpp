#include "views/style/style_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

#include "common/icons.h"
#include "widgets/labeled_slider.h"

StylePanel::StylePanel(QWidget* parent)
    : QWidget(parent),
      m_class(new QComboBox(this)),
      m_prompt(new QLineEdit(this)),
      m_seed(new QSpinBox(this)),
      m_scale(new QDoubleSpinBox(this)),
      m_guidance(new QDoubleSpinBox(this)),
      m_kind(new QComboBox(this)),
      m_count(new QSpinBox(this)),
      m_live(new QCheckBox(tr("Live preview"), this)),
      m_sliderLayout(new QVBoxLayout),
      m_styleSeed(new QSpinBox(this)) {
    m_class->setToolTip(tr("The class to show: fills the prompt from the model's training template"));
    m_prompt->setToolTip(tr("The prompt; choose a class above or write your own"));
    m_prompt->setPlaceholderText(tr("Prompt"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(1);
    m_seed->setToolTip(tr("Noise seed: stays fixed while you move the sliders, so only the style changes"));
    auto* dice = new QToolButton(this);
    dice->setIcon(Icons::icon(Icons::Kind::Dice));
    dice->setToolTip(tr("A new random noise seed"));
    connect(dice, &QToolButton::clicked, this,
            [this] { m_seed->setValue(int(QRandomGenerator::global()->bounded(std::numeric_limits<int>::max()))); });
    m_scale->setRange(0.0, 3.0);
    m_scale->setSingleStep(0.1);
    m_scale->setValue(1.0);
    m_scale->setToolTip(tr("Style strength λs: scales the style attention (1 = as trained, 0 = no style)"));
    m_guidance->setRange(0.0, 10.0);
    m_guidance->setSingleStep(0.5);
    m_guidance->setToolTip(tr("Style guidance ws: pushes the image further towards the style "
                              "(0 = off; otherwise one extra U-Net pass per step)"));
    m_kind->addItem(tr("Raw dimensions"), int(clue::StyleComponent::Kind::Dimension));
    m_kind->addItem(tr("PCA directions"), int(clue::StyleComponent::Kind::Pca));
    m_kind->setToolTip(tr("Style components: raw dimensions of s (ranked by KL when a style space is known) "
                          "or the principal directions of the style space"));
    m_count->setRange(1, 16);
    m_count->setValue(6);
    m_count->setToolTip(tr("How many style components get a slider"));
    m_live->setChecked(true);
    m_live->setToolTip(tr("Regenerate (same seed and noise) whenever a slider moves"));
    m_styleSeed->setRange(0, std::numeric_limits<int>::max());
    m_styleSeed->setToolTip(tr("Seed of Sample style: the same seed always gives the same style vector"));

    auto* sample = new QPushButton(tr("Sample style"), this);
    sample->setToolTip(tr("Draw a style vector s ~ N(0, I) from the style seed, then advance the seed"));
    auto* encode = new QPushButton(tr("Encode from image…"), this);
    encode->setToolTip(tr("Take the style of an image: the style encoder's posterior mean for it"));
    auto* reset = new QPushButton(tr("Reset"), this);
    reset->setToolTip(tr("s = 0, the average style"));
    auto* copy = new QPushButton(tr("Copy style"), this);
    copy->setToolTip(tr("Copy the style vector to the clipboard as text"));
    auto* paste = new QPushButton(tr("Paste style"), this);
    paste->setToolTip(tr("Use a style vector copied before (comma-separated numbers)"));
    connect(sample, &QPushButton::clicked, this, &StylePanel::sampleRequested);
    connect(encode, &QPushButton::clicked, this, &StylePanel::encodeRequested);
    connect(reset, &QPushButton::clicked, this, &StylePanel::resetRequested);
    connect(copy, &QPushButton::clicked, this, &StylePanel::copyRequested);
    connect(paste, &QPushButton::clicked, this, &StylePanel::pasteRequested);

    connect(m_class, &QComboBox::activated, this, [this](int index) {
        const QString name = m_class->itemData(index).toString();
        if (!name.isEmpty()) setPrompt(classPrompt(name));
        Q_EMIT settingsChanged();
    });
    connect(m_prompt, &QLineEdit::editingFinished, this, [this] {
        // Typing makes it a free prompt unless it still equals the chosen class's prompt.
        const QString name = m_class->currentData().toString();
        if (!name.isEmpty() && m_prompt->text() != classPrompt(name)) m_class->setCurrentIndex(0);
        Q_EMIT settingsChanged();
    });
    connect(m_seed, &QSpinBox::valueChanged, this, &StylePanel::settingsChanged);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &StylePanel::settingsChanged);
    connect(m_guidance, &QDoubleSpinBox::valueChanged, this, &StylePanel::settingsChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &StylePanel::componentsWanted);
    connect(m_count, &QSpinBox::valueChanged, this, &StylePanel::componentsWanted);

    auto* seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(dice);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Class"), m_class);
    form->addRow(tr("Prompt"), m_prompt);
    form->addRow(tr("Seed"), seedRow);
    form->addRow(tr("Style strength"), m_scale);
    form->addRow(tr("Style guidance"), m_guidance);
    form->addRow(tr("Components"), m_kind);
    form->addRow(tr("Sliders"), m_count);
    form->addRow(QString(), m_live);

    auto* buttons = new QGridLayout;
    auto* sampleRow = new QHBoxLayout;
    sampleRow->addWidget(sample, 1);
    sampleRow->addWidget(m_styleSeed);
    buttons->addLayout(sampleRow, 0, 0, 1, 2);
    buttons->addWidget(encode, 1, 0);
    buttons->addWidget(reset, 1, 1);
    buttons->addWidget(copy, 2, 0);
    buttons->addWidget(paste, 2, 1);

    auto* group = new QGroupBox(tr("Style"), this);
    auto* layout = new QVBoxLayout(group);
    layout->addLayout(form);
    layout->addLayout(m_sliderLayout);
    layout->addLayout(buttons);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(group);
    connect(sample, &QPushButton::clicked, this, [this] { m_styleSeed->setValue(m_styleSeed->value() + 1); });
    setPromptChoices({}, QString());
}

QString StylePanel::promptForClass(const QString& promptTemplate, const QString& className) {
    if (promptTemplate.isEmpty()) return className;
    QString prompt = promptTemplate;
    return prompt.replace(QStringLiteral("{class}"), className);
}

QString StylePanel::classPrompt(const QString& className) const {
    auto it = m_classPrompts.find(className.toStdString());
    return promptForClass(m_template, it == m_classPrompts.end() ? className : QString::fromStdString(it->second));
}

void StylePanel::setPromptChoices(const std::vector<std::string>& classes, const QString& promptTemplate,
                                  const std::map<std::string, std::string>& classPrompts) {
    m_classNames = classes;
    m_template = promptTemplate;
    m_classPrompts = classPrompts;
    const QSignalBlocker blocker(m_class);
    m_class->clear();
    m_class->addItem(tr("Free prompt"), QString());
    for (const std::string& name : classes) m_class->addItem(QString::fromStdString(name), QString::fromStdString(name));
    if (!classes.empty()) {
        m_class->setCurrentIndex(1);
        setPrompt(classPrompt(QString::fromStdString(classes.front())));
    }
}

QString StylePanel::prompt() const { return m_prompt->text(); }

void StylePanel::setPrompt(const QString& prompt) { m_prompt->setText(prompt); }

qint64 StylePanel::seed() const { return m_seed->value(); }

void StylePanel::setSeed(qint64 seed) {
    const QSignalBlocker blocker(m_seed);
    m_seed->setValue(int(qBound(qint64(0), seed, qint64(m_seed->maximum()))));
}

qint64 StylePanel::styleSeed() const { return m_styleSeed->value(); }

double StylePanel::styleScale() const { return m_scale->value(); }

double StylePanel::styleGuidance() const { return m_guidance->value(); }

bool StylePanel::livePreview() const { return m_live->isChecked(); }

clue::StyleComponent::Kind StylePanel::componentKind() const {
    return static_cast<clue::StyleComponent::Kind>(m_kind->currentData().toInt());
}

void StylePanel::setPcaAvailable(bool available) {
    const QSignalBlocker blocker(m_kind);
    if (!available) m_kind->setCurrentIndex(0);
    m_kind->setEnabled(available);
    m_kind->setToolTip(available ? tr("Style components: raw dimensions of s (ranked by KL) or the principal "
                                      "directions of the style space")
                                 : tr("Raw dimensions of s; PCA directions need a style space (Style space view)"));
}

int StylePanel::componentCount() const { return m_count->value(); }

void StylePanel::setComponents(const std::vector<clue::StyleComponent>& components) {
    qDeleteAll(m_sliders);
    m_sliders.clear();
    for (size_t i = 0; i < components.size(); ++i) {
        auto* slider = new LabeledSlider(this);
        slider->setLabel(QString::fromStdString(components[i].label()));
        slider->setToolTip(components[i].kind == clue::StyleComponent::Kind::Pca
                               ? tr("Move s along this principal direction (explained variance %1 %)")
                                     .arg(components[i].score * 100.0, 0, 'f', 1)
                               : tr("Set this dimension of s (average KL %1)").arg(components[i].score, 0, 'g', 3));
        const int index = int(i);
        connect(slider, &LabeledSlider::valueChanged, this,
                [this, index](double value) { Q_EMIT componentMoved(index, value); });
        m_sliderLayout->addWidget(slider);
        m_sliders.append(slider);
    }
}

void StylePanel::setSliderValues(const std::vector<double>& values) {
    for (int i = 0; i < m_sliders.size() && i < int(values.size()); ++i) m_sliders[i]->setValue(values[size_t(i)]);
}
