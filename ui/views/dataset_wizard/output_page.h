#pragma once
// Page 4 of the augmentation wizard: where the synthetic set goes, the memorisation check (flag, and
// optionally exclude, near copies of real training images) and, under Advanced, this process's shard.
// "Save recipe…" writes to_json(options) for `clue augment --recipe FILE`.
#include <QWizardPage>

#include "clue/augment.h"

class AugmentWizard;
class QCheckBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

class OutputPage : public QWizardPage {
    Q_OBJECT

public:
    explicit OutputPage(AugmentWizard* wizard);

    void applyTo(clue::AugmentOptions& options) const;
    void setFrom(const clue::AugmentOptions& options);
    /// Fills the output folder when it is still empty.
    void setDefaultOutput(const QString& folder);
    /// Checks clue::validate does not make: the folder is a file, cannot be created, or lies in the real images.
    QStringList ownProblems() const;
    /// Writes the recipe to `file` and says so on the page.
    bool saveRecipeTo(const QString& file);

    QLineEdit* outputEdit() const { return m_output; }
    QCheckBox* checkBox() const { return m_check; }
    QCheckBox* excludeBox() const { return m_exclude; }
    QDoubleSpinBox* thresholdSpin() const { return m_threshold; }
    QSpinBox* shardIndexSpin() const { return m_shardIndex; }
    QSpinBox* shardCountSpin() const { return m_shardCount; }
    QPushButton* saveRecipeButton() const { return m_saveRecipe; }
    QLabel* recipeLabel() const { return m_recipeLabel; }
    QLabel* problemLabel() const { return m_problems; }

    bool validatePage() override;

private:
    void browseOutput();
    void saveRecipeDialog();
    void updateEnabled();

    AugmentWizard* m_wizard;
    QLineEdit* m_output;
    QCheckBox* m_check;
    QCheckBox* m_exclude;
    QDoubleSpinBox* m_threshold;
    QGroupBox* m_advanced;
    QSpinBox* m_shardIndex;
    QSpinBox* m_shardCount;
    QPushButton* m_saveRecipe;
    QLabel* m_recipeLabel;
    QLabel* m_problems;
};
