#include "views/trajectory/trajectory_panel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "clue/engine.h"
#include "common/icons.h"
#include "views/trajectory/swap_timeline.h"

namespace {

QComboBox* promptCombo(QWidget* parent, const QString& placeholder, const QString& tip) {
    auto* combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    combo->lineEdit()->setPlaceholderText(placeholder);
    combo->setToolTip(tip);
    return combo;
}

}  // namespace

TrajectoryPanel::TrajectoryPanel(QWidget* parent)
    : QWidget(parent),
      m_neutral(promptCombo(this, tr("e.g. the normal class"),
                            tr("Neutral prompt e: conditions the first λ steps of every image (and all steps of the "
                               "neutral image)"))),
      m_attribute(promptCombo(this, tr("e.g. a class with the attribute"),
                              tr("Attribute prompt e′: replaces the neutral prompt after step λ"))),
      m_sampler(new QComboBox(this)),
      m_steps(new QSpinBox(this)),
      m_cfg(new QDoubleSpinBox(this)),
      m_seed(new QDoubleSpinBox(this)),
      m_dice(new QToolButton(this)),
      m_swapSteps(new QLineEdit(this)),
      m_frames(new QSpinBox(this)),
      m_run(new QPushButton(Icons::icon(Icons::Kind::Generate), tr("Run"), this)),
      m_cancel(new QPushButton(Icons::icon(Icons::Kind::Cancel), tr("Cancel"), this)),
      m_message(new QLabel(this)) {
    for (const std::string& key : clue::sampler_names())
        m_sampler->addItem(QString::fromStdString(clue::sampler_display_name(key)), QString::fromStdString(key));
    m_sampler->setToolTip(tr("Sampler; one step is one scheduler step (the authors use DDIM)"));
    m_steps->setRange(1, 150);
    m_steps->setKeyboardTracking(false);  // one rescale of the markers per edit, not per digit
    m_steps->setToolTip(tr("Sampling steps N; the swap steps λ count these (the authors use 50)"));
    m_cfg->setRange(1.0, 30.0);
    m_cfg->setSingleStep(0.5);
    m_cfg->setDecimals(1);
    m_cfg->setToolTip(tr("CFG scale (the authors use 7.5)"));
    m_seed->setDecimals(0);
    m_seed->setRange(0.0, 4294967295.0);
    m_seed->setToolTip(tr("Seed: one noise for every λ, so that only the swap step differs between the images"));
    m_dice->setIcon(Icons::icon(Icons::Kind::Dice));
    m_dice->setToolTip(tr("A new random seed"));
    connect(m_dice, &QToolButton::clicked, this,
            [this] { m_seed->setValue(double(QRandomGenerator::global()->bounded(4294967295u))); });
    m_swapSteps->setToolTip(tr("Swap steps λ, comma-separated: the attribute prompt takes over after step λ "
                               "(large λ: late swap, close to the neutral image; small λ: a strong edit). The "
                               "timeline edits the same list."));
    m_frames->setRange(2, 200);
    m_frames->setToolTip(tr("Frames K sampled along the Bézier path (decoded after the run; the curve slider "
                            "shows them at once and decodes exact points between them)"));
    m_run->setToolTip(tr("Run the prompt swap for every λ, then decode the Bézier frames (Ctrl+Enter)"));
    m_cancel->setToolTip(tr("Stop the run after the current step (Esc)"));
    m_cancel->setEnabled(false);
    QFont bold = m_run->font();
    bold.setBold(true);
    m_run->setFont(bold);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b03000"));
    m_message->hide();

    auto* seedRow = new QHBoxLayout;
    seedRow->setContentsMargins(0, 0, 0, 0);
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(m_dice);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Neutral prompt"), m_neutral);
    form->addRow(tr("Attribute prompt"), m_attribute);
    form->addRow(tr("Sampler"), m_sampler);
    form->addRow(tr("Steps"), m_steps);
    form->addRow(tr("CFG scale"), m_cfg);
    form->addRow(tr("Seed"), seedRow);
    form->addRow(tr("Swap steps λ"), m_swapSteps);
    form->addRow(tr("Frames K"), m_frames);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_run, 2);
    buttons->addWidget(m_cancel, 1);
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<b>Prompt-swap trajectory</b>"), this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_run, &QPushButton::clicked, this, &TrajectoryPanel::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &TrajectoryPanel::cancelRequested);
    connect(m_steps, &QSpinBox::valueChanged, this, &TrajectoryPanel::stepsChanged);
    connect(m_swapSteps, &QLineEdit::editingFinished, this, [this] {
        QList<int> steps;
        if (SwapTimeline::parse(m_swapSteps->text(), &steps)) {
            showMessage({});
            Q_EMIT swapStepsEdited(steps);
        } else {
            showMessage(tr("Swap steps: whole numbers separated by commas, e.g. 45, 40, 35"));
        }
    });
    setOptions(clue::default_trajectory_options());
}

clue::TrajectoryOptions TrajectoryPanel::options() const {
    clue::TrajectoryOptions o = clue::default_trajectory_options();
    o.neutral_prompt = neutralPrompt().toStdString();
    o.attribute_prompt = attributePrompt().toStdString();
    o.base.sampler = m_sampler->currentData().toString().toStdString();
    o.base.steps = m_steps->value();
    o.base.cfg = m_cfg->value();
    o.base.seed = qint64(m_seed->value());
    o.base.width = o.base.height = 0;
    QList<int> steps;
    SwapTimeline::parse(m_swapSteps->text(), &steps);
    o.swap_steps.assign(steps.begin(), steps.end());
    o.frames = m_frames->value();
    return o;
}

void TrajectoryPanel::setOptions(const clue::TrajectoryOptions& o) {
    setPrompts(QString::fromStdString(o.neutral_prompt), QString::fromStdString(o.attribute_prompt));
    if (auto canonical = clue::canonical_sampler_name(o.base.sampler))
        m_sampler->setCurrentIndex(qMax(0, m_sampler->findData(QString::fromStdString(canonical.value()))));
    const QSignalBlocker block(m_steps);  // the caller sets the timeline from the same options
    m_steps->setValue(o.base.steps);
    m_cfg->setValue(o.base.cfg);
    m_seed->setValue(double(qMax<qint64>(0, o.base.seed)));
    setSwapSteps(QList<int>(o.swap_steps.begin(), o.swap_steps.end()));
    m_frames->setValue(o.frames);
}

void TrajectoryPanel::setClassPrompts(const std::vector<std::string>& classes, const std::vector<std::string>& prompts) {
    for (QComboBox* combo : {m_neutral, m_attribute}) {
        combo->clear();
        for (size_t i = 0; i < prompts.size(); ++i)
            combo->addItem(QString::fromStdString(prompts[i]), i < classes.size() ? QString::fromStdString(classes[i]) : QString());
    }
    if (prompts.empty()) {
        setPrompts({}, {});
        return;
    }
    int neutral = 0;
    for (size_t i = 0; i < classes.size() && i < prompts.size(); ++i)
        if (QString::fromStdString(classes[i]).compare(QLatin1String("normal"), Qt::CaseInsensitive) == 0) neutral = int(i);
    const int attribute = prompts.size() > 1 ? (neutral == 0 ? 1 : 0) : neutral;
    m_neutral->setCurrentIndex(neutral);
    m_attribute->setCurrentIndex(attribute);
}

QString TrajectoryPanel::neutralPrompt() const { return m_neutral->currentText().trimmed(); }

QString TrajectoryPanel::attributePrompt() const { return m_attribute->currentText().trimmed(); }

void TrajectoryPanel::setPrompts(const QString& neutral, const QString& attribute) {
    m_neutral->setEditText(neutral);
    m_attribute->setEditText(attribute);
}

void TrajectoryPanel::setSwapSteps(const QList<int>& steps) {
    m_swapSteps->setText(SwapTimeline::format(steps));
    m_swapSteps->setCursorPosition(0);  // the start of the list when the dock is narrow
}

void TrajectoryPanel::setRunning(bool running) {
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
}

void TrajectoryPanel::showMessage(const QString& text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}
