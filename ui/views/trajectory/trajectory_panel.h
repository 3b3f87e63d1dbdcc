#pragma once
// The Trajectory view's group in the Parameters dock: neutral and attribute prompts (picked from the model's class
// prompts or typed), sampler · steps · CFG · seed (the authors' defaults: DDIM, 50, 7.5), the swap steps λ as text
// (the timeline in the centre edits the same list), frames K along the Bézier path, Run and Cancel.
#include <QList>
#include <QWidget>

#include <string>
#include <vector>

#include "clue/trajectory.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

class TrajectoryPanel : public QWidget {
    Q_OBJECT

public:
    explicit TrajectoryPanel(QWidget* parent = nullptr);

    /// The options a Run would use (not validated); swap steps as shown, size 0 (the model's native size).
    clue::TrajectoryOptions options() const;
    void setOptions(const clue::TrajectoryOptions& options);

    /// The model's class prompts (ModelInfo: prompt_for_class per class): both prompt pickers list them; the neutral
    /// prompt becomes the "normal" class's (or the first class's), the attribute prompt another class's. Empty
    /// clears both.
    void setClassPrompts(const std::vector<std::string>& classes, const std::vector<std::string>& prompts);

    QString neutralPrompt() const;
    QString attributePrompt() const;
    void setPrompts(const QString& neutral, const QString& attribute);
    /// Shows `steps` in the λ field (the timeline's list) without emitting swapStepsEdited.
    void setSwapSteps(const QList<int>& steps);
    void setRunning(bool running);
    /// An inline message under the buttons (validation problems); empty hides it.
    void showMessage(const QString& text);

    QComboBox* neutralCombo() const { return m_neutral; }
    QComboBox* attributeCombo() const { return m_attribute; }
    QSpinBox* stepsBox() const { return m_steps; }
    QSpinBox* framesBox() const { return m_frames; }
    QLineEdit* swapStepsEdit() const { return m_swapSteps; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* messageLabel() const { return m_message; }

Q_SIGNALS:
    void runRequested();
    void cancelRequested();
    /// The number of steps changed (the timeline rescales its markers).
    void stepsChanged(int steps);
    /// The user typed a new λ list (already parsed; not yet range-checked).
    void swapStepsEdited(const QList<int>& steps);

private:
    QComboBox* m_neutral;
    QComboBox* m_attribute;
    QComboBox* m_sampler;
    QSpinBox* m_steps;
    QDoubleSpinBox* m_cfg;
    QDoubleSpinBox* m_seed;
    QToolButton* m_dice;
    QLineEdit* m_swapSteps;
    QSpinBox* m_frames;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QLabel* m_message;
};
