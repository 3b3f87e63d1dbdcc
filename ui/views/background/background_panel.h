#pragma once
// The Background view's group in the Parameters dock (ui.md): reference image, prompt and subject word (picked from
// the prompt's words, with a red hint when it is not one of them), sampler · steps · strength · CFG · seed, the
// manipulation steps, the importance kind, the collapsible Mask group, the Brush group, and Compute mask / Generate /
// Cancel. Defaults from clue::default_background_options(), but 25 steps (the demo model is small).
#include <QWidget>

#include <optional>
#include <string>
#include <vector>

#include "clue/background.h"

class BrushGroup;
class MaskGroup;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

class BackgroundPanel : public QWidget {
    Q_OBJECT

public:
    explicit BackgroundPanel(QWidget* parent = nullptr);

    static constexpr int kDefaultSteps = 25;

    /// Every field but the reference and the brush (the view adds those); nullopt + a message when the manipulation
    /// steps do not parse.
    std::optional<clue::BackgroundOptions> options(QString* problem = nullptr) const;
    void setOptions(const clue::BackgroundOptions& options);

    /// The model's class prompts: the prompt picker lists them (the first that has a disease word is chosen).
    void setPromptChoices(const QStringList& prompts);
    QString prompt() const;
    void setPrompt(const QString& prompt);
    QString subject() const;
    void setSubject(const QString& subject);
    /// True when every word of the subject is a word of the prompt (as clue::prompt_words splits them).
    bool subjectInPrompt() const;

    /// "2, 3, 4", "2 3 4" or ranges "2-4"; nullopt when something else is there.
    static std::optional<std::vector<int>> parseSteps(const QString& text);
    static QString formatSteps(const std::vector<int>& steps);

    void setReferenceName(const QString& name);
    void setRunning(bool running, bool canRun);
    /// An inline message under the buttons (problems found before a run); empty hides it.
    void showMessage(const QString& text);

    BrushGroup* brushGroup() const { return m_brush; }
    MaskGroup* maskGroup() const { return m_mask; }
    QComboBox* promptCombo() const { return m_prompt; }
    QComboBox* subjectCombo() const { return m_subject; }
    QLabel* subjectHint() const { return m_subjectHint; }
    QSpinBox* stepsBox() const { return m_steps; }
    QDoubleSpinBox* strengthBox() const { return m_strength; }
    QLineEdit* manipulationEdit() const { return m_manipulation; }
    QComboBox* importanceCombo() const { return m_importance; }
    QPushButton* computeMaskButton() const { return m_computeMask; }
    QPushButton* generateButton() const { return m_generate; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* messageLabel() const { return m_message; }

Q_SIGNALS:
    void openReferenceRequested();
    void computeMaskRequested();
    void generateRequested();
    void cancelRequested();
    /// The subject or the prompt changed (the maps shown no longer match the fields).
    void subjectChanged();

private:
    void updateSubjectWords();
    void updateSubjectHint();
    void updateStepsHint();

    QPushButton* m_openReference;
    QLabel* m_referenceName;
    QComboBox* m_prompt;
    QComboBox* m_subject;
    QLabel* m_subjectHint;
    QComboBox* m_sampler;
    QSpinBox* m_steps;
    QDoubleSpinBox* m_strength;
    QDoubleSpinBox* m_cfg;
    QDoubleSpinBox* m_seed;
    QLineEdit* m_manipulation;
    QLabel* m_stepsHint;
    QComboBox* m_importance;
    MaskGroup* m_mask;
    BrushGroup* m_brush;
    QPushButton* m_computeMask;
    QPushButton* m_generate;
    QPushButton* m_cancel;
    QLabel* m_message;
};
