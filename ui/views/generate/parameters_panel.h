#pragma once
// The Parameters dock's common fields (ui.md): prompt, negative prompt, sampler, steps, CFG,
// seed with dice (−1 = random) and reuse, size, and the Generate / Cancel buttons.
#include <QWidget>

#include "clue/options.h"

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QToolButton;

class ParametersPanel : public QWidget {
    Q_OBJECT

public:
    explicit ParametersPanel(QWidget* parent = nullptr);

    /// Prompt, negative prompt, sampler (canonical key; "" = the model's own), steps, cfg, seed, size.
    clue::GenerateOptions options() const;
    /// Sets every field it shows; an unknown sampler falls back to "Model default".
    void setOptions(const clue::GenerateOptions& options);

    void setActions(QAction* generate, QAction* cancel);
    /// Hides the prompt and seed for views that have their own (Style, Style space); they still use the rest.
    void setPromptAndSeedVisible(bool visible);
    bool isPromptAndSeedVisible() const;
    void setSize(int width, int height);

    /// The seed of the newest result: the reuse button copies it into the seed field.
    void setLastSeed(qint64 seed);
    qint64 lastSeed() const { return m_lastSeed; }
    void randomizeSeed();
    void reuseLastSeed();

    QPlainTextEdit* promptEdit() const { return m_prompt; }
    QPlainTextEdit* negativePromptEdit() const { return m_negative; }
    QComboBox* samplerCombo() const { return m_sampler; }

private:
    QLabel* m_promptLabel = nullptr;
    QFormLayout* m_form = nullptr;
    QHBoxLayout* m_seedRow = nullptr;
    QPlainTextEdit* m_prompt;
    QPlainTextEdit* m_negative;
    QComboBox* m_sampler;
    QSpinBox* m_steps;
    QDoubleSpinBox* m_cfg;
    QDoubleSpinBox* m_seed;  // double: seeds go up to 2^32−1, beyond QSpinBox's int
    QToolButton* m_dice;
    QToolButton* m_reuse;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QToolButton* m_generate;
    QToolButton* m_cancel;
    qint64 m_lastSeed = -1;
};
