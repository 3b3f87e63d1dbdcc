#pragma once
// Page 2 of the augmentation wizard: how many synthetic images per class. A global scale (100–1000 % of
// each class's real training images, rounded half up as clue::plan_augmentation does) fills the table;
// typing a count makes that class absolute (AugmentOptions::quotas) until "Set by hand" is unticked.
#include <QWizardPage>

#include <map>
#include <string>
#include <vector>

#include "clue/augment.h"

class AugmentWizard;
class QCheckBox;
class QLabel;
class QSlider;
class QSpinBox;
class QTableWidget;

class QuotaPage : public QWizardPage {
    Q_OBJECT

public:
    explicit QuotaPage(AugmentWizard* wizard);

    void applyTo(clue::AugmentOptions& options) const;
    void setFrom(const clue::AugmentOptions& options);

    QSpinBox* scaleSpin() const { return m_scaleSpin; }
    QSlider* scaleSlider() const { return m_scaleSlider; }
    QTableWidget* table() const { return m_table; }
    QLabel* totalLabel() const { return m_total; }
    QLabel* problemLabel() const { return m_problems; }
    int rowCount() const { return int(m_rows.size()); }
    QSpinBox* quotaSpin(int row) const { return m_rows.at(size_t(row)).spin; }
    QCheckBox* absoluteBox(int row) const { return m_rows.at(size_t(row)).fixed; }
    bool isAbsolute(int row) const;
    /// Images over all classes (all shards).
    int total() const;

    bool validatePage() override;

private:
    struct Row {
        QString className;
        int real = 0;
        QSpinBox* spin = nullptr;
        QCheckBox* fixed = nullptr;
    };
    void rebuild();
    void setScale(int percent);
    void fillFromScale();
    void updateTotal();

    AugmentWizard* m_wizard;
    QSlider* m_scaleSlider;
    QSpinBox* m_scaleSpin;
    QTableWidget* m_table;
    QLabel* m_total;
    QLabel* m_problems;
    std::vector<Row> m_rows;
    std::map<std::string, int> m_pendingQuotas;  // absolute quotas waiting for (or kept across) a class list
    bool m_filling = false;
};
