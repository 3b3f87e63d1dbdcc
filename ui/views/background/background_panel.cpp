#include "views/background/background_panel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

#include "clue/engine.h"
#include "common/icons.h"
#include "views/background/brush_group.h"
#include "views/background/mask_group.h"

BackgroundPanel::BackgroundPanel(QWidget* parent)
    : QWidget(parent),
      m_openReference(new QPushButton(Icons::icon(Icons::Kind::OpenFile), tr("Open…"), this)),
      m_referenceName(new QLabel(this)),
      m_prompt(new QComboBox(this)),
      m_subject(new QComboBox(this)),
      m_subjectHint(new QLabel(this)),
      m_sampler(new QComboBox(this)),
      m_steps(new QSpinBox(this)),
      m_strength(new QDoubleSpinBox(this)),
      m_cfg(new QDoubleSpinBox(this)),
      m_seed(new QDoubleSpinBox(this)),
      m_manipulation(new QLineEdit(this)),
      m_stepsHint(new QLabel(this)),
      m_importance(new QComboBox(this)),
      m_mask(new MaskGroup(this)),
      m_brush(new BrushGroup(this)),
      m_computeMask(new QPushButton(tr("Compute mask"), this)),
      m_generate(new QPushButton(Icons::icon(Icons::Kind::Generate), tr("Generate"), this)),
      m_cancel(new QPushButton(Icons::icon(Icons::Kind::Cancel), tr("Cancel"), this)),
      m_message(new QLabel(this)) {
    m_openReference->setToolTip(tr("Open the reference image whose background the result keeps (or drop an image on "
                                   "the canvas)"));
    m_referenceName->setText(tr("No reference image"));
    m_referenceName->setToolTip(tr("The reference image"));
    m_referenceName->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // long names do not widen the dock
    m_prompt->setEditable(true);
    m_prompt->setInsertPolicy(QComboBox::NoInsert);
    m_prompt->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_prompt->setMinimumContentsLength(12);
    m_prompt->lineEdit()->setPlaceholderText(tr("Describe the image, naming the subject"));
    m_prompt->setToolTip(tr("Prompt of the new image; pick one of the model's class prompts or write your own"));
    m_subject->setEditable(true);
    m_subject->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subject->setMinimumContentsLength(8);
    m_subject->setInsertPolicy(QComboBox::NoInsert);
    m_subject->lineEdit()->setPlaceholderText(tr("A word of the prompt"));
    m_subject->setToolTip(tr("Subject word: the part of the image its tokens drive is kept (the mask); the rest "
                             "takes the reference's background"));
    m_subjectHint->setWordWrap(true);
    m_subjectHint->setStyleSheet(QStringLiteral("color: #c00000"));
    m_subjectHint->hide();

    for (const std::string& key : clue::sampler_names())
        m_sampler->addItem(QString::fromStdString(clue::sampler_display_name(key)), QString::fromStdString(key));
    m_sampler->setToolTip(tr("Sampler; one step is one scheduler step"));
    m_sampler->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sampler->setMinimumContentsLength(8);
    m_importance->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_importance->setMinimumContentsLength(8);
    m_steps->setRange(1, 150);
    m_steps->setToolTip(tr("Sampling steps N (img2img runs the last strength × N of them)"));
    m_strength->setRange(0.05, 1.0);
    m_strength->setSingleStep(0.05);
    m_strength->setDecimals(2);
    m_strength->setToolTip(tr("Denoising strength of the img2img start: 1 = from pure noise; plain img2img is run "
                              "at the same strength for comparison"));
    m_cfg->setRange(1.0, 30.0);
    m_cfg->setSingleStep(0.5);
    m_cfg->setDecimals(1);
    m_cfg->setToolTip(tr("CFG scale: how strictly the image follows the prompt"));
    m_seed->setDecimals(0);
    m_seed->setRange(0.0, 4294967295.0);
    m_seed->setToolTip(tr("Seed: the replacement and plain img2img use the same noise"));
    auto* dice = new QToolButton(this);
    dice->setIcon(Icons::icon(Icons::Kind::Dice));
    dice->setToolTip(tr("A new random seed"));
    connect(dice, &QToolButton::clicked, this,
            [this] { m_seed->setValue(double(QRandomGenerator::global()->bounded(4294967295u))); });
    m_manipulation->setToolTip(tr("Manipulation steps, counted from 0 in this img2img run: at each, the mask is "
                                  "computed and the background latents are replaced (e.g. 2, 3, 4 or 2-4)"));
    m_stepsHint->setWordWrap(true);
    m_importance->addItem(tr("Abs-Grad-SAM"), int(clue::ImportanceKind::AbsGradSam));
    m_importance->addItem(tr("Attention only"), int(clue::ImportanceKind::AttentionOnly));
    m_importance->addItem(tr("ReLU Grad-SAM"), int(clue::ImportanceKind::ReluGradSam));
    m_importance->setToolTip(tr("Importance map: attention × |gradient| (the method), attention alone (the "
                                "ablation), or attention × ReLU(gradient) (the original Grad-SAM)"));
    m_computeMask->setToolTip(tr("Run up to the last manipulation step and show the importance map and mask of each "
                                 "step, without generating the image"));
    m_generate->setToolTip(tr("Generate with background replacement, then plain img2img for comparison (Ctrl+Enter)"));
    m_cancel->setToolTip(tr("Stop after the current step (Esc)"));
    m_cancel->setEnabled(false);
    QFont bold = m_generate->font();
    bold.setBold(true);
    m_generate->setFont(bold);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b03000"));
    m_message->hide();

    auto* referenceRow = new QHBoxLayout;
    referenceRow->addWidget(m_openReference);
    referenceRow->addWidget(m_referenceName, 1);
    auto* seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(dice);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);  // long (translated) labels go above their field in a narrow dock
    form->addRow(tr("Reference"), referenceRow);
    form->addRow(tr("Prompt"), m_prompt);
    form->addRow(tr("Subject word"), m_subject);
    form->addRow(QString(), m_subjectHint);
    form->addRow(tr("Sampler"), m_sampler);
    form->addRow(tr("Steps"), m_steps);
    form->addRow(tr("Strength"), m_strength);
    form->addRow(tr("CFG scale"), m_cfg);
    form->addRow(tr("Seed"), seedRow);
    form->addRow(tr("Replace at steps"), m_manipulation);
    form->addRow(QString(), m_stepsHint);
    form->addRow(tr("Importance"), m_importance);
    auto* brushBox = new QGroupBox(tr("Brush"), this);
    auto* brushLayout = new QVBoxLayout(brushBox);
    brushLayout->addWidget(m_brush);
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_computeMask, 0, 0);
    buttons->addWidget(m_cancel, 0, 1);
    buttons->addWidget(m_generate, 1, 0, 1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Background replacement</b>"), this));
    layout->addLayout(form);
    layout->addWidget(m_mask);
    layout->addWidget(brushBox);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_openReference, &QPushButton::clicked, this, &BackgroundPanel::openReferenceRequested);
    connect(m_computeMask, &QPushButton::clicked, this, &BackgroundPanel::computeMaskRequested);
    connect(m_generate, &QPushButton::clicked, this, &BackgroundPanel::generateRequested);
    connect(m_cancel, &QPushButton::clicked, this, &BackgroundPanel::cancelRequested);
    connect(m_prompt, &QComboBox::currentTextChanged, this, [this] {
        updateSubjectWords();
        Q_EMIT subjectChanged();
    });
    connect(m_subject, &QComboBox::currentTextChanged, this, [this] {
        updateSubjectHint();
        Q_EMIT subjectChanged();
    });
    connect(m_steps, &QSpinBox::valueChanged, this, &BackgroundPanel::updateStepsHint);
    connect(m_strength, &QDoubleSpinBox::valueChanged, this, &BackgroundPanel::updateStepsHint);
    connect(m_manipulation, &QLineEdit::textChanged, this, &BackgroundPanel::updateStepsHint);

    clue::BackgroundOptions defaults = clue::default_background_options();
    defaults.base.steps = kDefaultSteps;
    setOptions(defaults);
}

std::optional<clue::BackgroundOptions> BackgroundPanel::options(QString* problem) const {
    clue::BackgroundOptions o = clue::default_background_options();
    o.base.prompt = prompt().toStdString();
    o.subject = subject().toStdString();
    o.base.sampler = m_sampler->currentData().toString().toStdString();
    o.base.steps = m_steps->value();
    o.base.strength = m_strength->value();
    o.base.cfg = m_cfg->value();
    o.base.seed = qint64(m_seed->value());
    o.base.width = o.base.height = 0;  // the model's native size
    o.importance = clue::ImportanceKind(m_importance->currentData().toInt());
    m_mask->apply(o);
    const auto steps = parseSteps(m_manipulation->text());
    if (!steps) {
        if (problem) *problem = tr("Replace at steps: whole numbers from 0, separated by commas, e.g. 2, 3, 4");
        return std::nullopt;
    }
    o.manipulation_steps = *steps;
    return o;
}

void BackgroundPanel::setOptions(const clue::BackgroundOptions& o) {
    setPrompt(QString::fromStdString(o.base.prompt));
    setSubject(QString::fromStdString(o.subject));
    if (auto canonical = clue::canonical_sampler_name(o.base.sampler))
        m_sampler->setCurrentIndex(std::max(0, m_sampler->findData(QString::fromStdString(canonical.value()))));
    m_steps->setValue(o.base.steps);
    m_strength->setValue(o.base.strength);
    m_cfg->setValue(o.base.cfg);
    m_seed->setValue(double(std::max<qint64>(0, o.base.seed)));
    m_manipulation->setText(formatSteps(o.manipulation_steps));
    m_importance->setCurrentIndex(std::max(0, m_importance->findData(int(o.importance))));
    m_mask->setOptions(o);
    updateStepsHint();
}

void BackgroundPanel::setPromptChoices(const QStringList& prompts) {
    const QString current = prompt();
    {
        const QSignalBlocker blocker(m_prompt);
        m_prompt->clear();
        m_prompt->addItems(prompts);
    }
    // Keep what the user wrote; else a class prompt that is not the "normal" one (a subject worth keeping).
    QString chosen = current;
    if (chosen.isEmpty() && !prompts.isEmpty()) chosen = prompts.size() > 1 ? prompts.at(1) : prompts.first();
    m_prompt->setEditText(chosen);
    m_prompt->lineEdit()->setCursorPosition(0);  // the start of a long prompt, not its end
    updateSubjectWords();
}

QString BackgroundPanel::prompt() const { return m_prompt->currentText().trimmed(); }

void BackgroundPanel::setPrompt(const QString& prompt) {
    m_prompt->setEditText(prompt);
    m_prompt->lineEdit()->setCursorPosition(0);
    updateSubjectWords();
}

QString BackgroundPanel::subject() const { return m_subject->currentText().trimmed(); }

void BackgroundPanel::setSubject(const QString& subject) {
    m_subject->setEditText(subject);
    updateSubjectHint();
}

bool BackgroundPanel::subjectInPrompt() const {
    const std::vector<std::string> words = clue::prompt_words(prompt().toStdString());
    const std::vector<std::string> wanted = clue::prompt_words(subject().toStdString());
    if (wanted.empty()) return false;
    return std::all_of(wanted.begin(), wanted.end(), [&words](const std::string& w) {
        return std::find(words.begin(), words.end(), w) != words.end();
    });
}

void BackgroundPanel::updateSubjectWords() {
    const QString subject = m_subject->currentText();
    {
        const QSignalBlocker blocker(m_subject);
        m_subject->clear();
        for (const std::string& word : clue::prompt_words(prompt().toStdString()))
            m_subject->addItem(QString::fromStdString(word));
        m_subject->setEditText(subject);
    }
    updateSubjectHint();
}

void BackgroundPanel::updateSubjectHint() {
    QString hint;
    if (subject().isEmpty()) hint = tr("Choose the subject: a word of the prompt.");
    else if (!subjectInPrompt()) hint = tr("“%1” is not a word of the prompt.").arg(subject());
    m_subjectHint->setText(hint);
    m_subjectHint->setVisible(!hint.isEmpty());
}

void BackgroundPanel::updateStepsHint() {
    // img2img skips the first (1 − strength)·N steps, as diffusers and A1111 count them.
    const int total = m_steps->value();
    const int run = std::clamp(int(total * m_strength->value()), 1, total);
    const auto steps = parseSteps(m_manipulation->text());
    const bool beyond = steps && std::any_of(steps->begin(), steps->end(), [run](int k) { return k >= run; });
    m_stepsHint->setText(steps ? tr("This run has %1 steps: 0 … %2.").arg(run).arg(run - 1)
                               : tr("Whole numbers from 0, e.g. 2, 3, 4 or 2-4."));
    m_stepsHint->setStyleSheet(beyond || !steps ? QStringLiteral("color: #c00000") : QString());
}

std::optional<std::vector<int>> BackgroundPanel::parseSteps(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    static const QRegularExpression range(QStringLiteral("^(\\d+)-(\\d+)$"));
    std::vector<int> steps;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int k = part.toInt(&ok);
        if (ok && k >= 0) {
            steps.push_back(k);
            continue;
        }
        const QRegularExpressionMatch m = range.match(part);
        if (!m.hasMatch() || m.captured(2).toInt() < m.captured(1).toInt() || m.captured(2).toInt() > 1000)
            return std::nullopt;
        for (int i = m.captured(1).toInt(); i <= m.captured(2).toInt(); ++i) steps.push_back(i);
    }
    std::sort(steps.begin(), steps.end());
    steps.erase(std::unique(steps.begin(), steps.end()), steps.end());
    return steps;
}

QString BackgroundPanel::formatSteps(const std::vector<int>& steps) {
    QStringList parts;
    for (int k : steps) parts << QString::number(k);
    return parts.join(QStringLiteral(", "));
}

void BackgroundPanel::setReferenceName(const QString& name) {
    m_referenceName->setText(name.isEmpty() ? tr("No reference image") : name);
}

void BackgroundPanel::setRunning(bool running, bool canRun) {
    m_computeMask->setEnabled(!running && canRun);
    m_generate->setEnabled(!running && canRun);
    m_cancel->setEnabled(running);
}

void BackgroundPanel::showMessage(const QString& text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}
