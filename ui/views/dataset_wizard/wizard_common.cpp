#include "views/dataset_wizard/wizard_common.h"

#include <QLabel>
#include <QPalette>

#include <cmath>

namespace WizardCommon {

QLabel* makeProblemLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problemLabel"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    // Dark red on light themes, light red on dark ones: readable on both.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(255, 138, 128) : QColor(176, 0, 32));
    label->setPalette(palette);
    label->hide();
    return label;
}

void showProblems(QLabel* label, const QStringList& problems) {
    label->setText(problems.join(QLatin1Char('\n')));
    label->setVisible(!problems.isEmpty());
}

int scaledQuota(double scalePercent, int realCount) {
    // Same as clue::plan_augmentation: round half up; the epsilon absorbs 110 % × 5 = 5.500…01.
    return static_cast<int>(std::floor(scalePercent * realCount / 100.0 + 0.5 + 1e-9));
}

}  // namespace WizardCommon
