#pragma once
// Small pieces the augmentation wizard's pages share: the inline problem label (what blocks Next) and the
// quota rule of clue::plan_augmentation (round half up of scale × real count).
#include <QString>
#include <QStringList>

class QLabel;
class QWidget;

namespace WizardCommon {

/// A word-wrapped label for the reasons Next is blocked; hidden while there are none.
QLabel* makeProblemLabel(QWidget* parent);
/// Shows `problems` (one per line) in `label`, or hides it when the list is empty.
void showProblems(QLabel* label, const QStringList& problems);
/// Images for a class with `realCount` training images at `scalePercent` (the core's planned_count rule).
int scaledQuota(double scalePercent, int realCount);

}  // namespace WizardCommon
