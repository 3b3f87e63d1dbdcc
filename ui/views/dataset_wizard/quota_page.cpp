#include "views/dataset_wizard/quota_page.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

#include "views/dataset_wizard/augment_wizard.h"
#include "views/dataset_wizard/wizard_common.h"

namespace {
constexpr int kMaxQuota = 1000000;  // clue::validate's bound
}

QuotaPage::QuotaPage(AugmentWizard* wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_scaleSlider(new QSlider(Qt::Horizontal, this)),
      m_scaleSpin(new QSpinBox(this)),
      m_table(new QTableWidget(0, 4, this)),
      m_total(new QLabel(this)),
      m_problems(WizardCommon::makeProblemLabel(this)) {
    setTitle(tr("Images per class"));
    setSubTitle(tr("Scale every class by its real training images, or type a count for a class."));

    m_scaleSlider->setRange(100, 1000);
    m_scaleSlider->setSingleStep(10);
    m_scaleSlider->setPageStep(100);
    m_scaleSlider->setToolTip(tr("Synthetic images per class as a percentage of its real training images "
                                 "(100–1000 %); classes set by hand keep their count"));
    m_scaleSpin->setRange(100, 1000);
    m_scaleSpin->setSingleStep(10);
    m_scaleSpin->setSuffix(QStringLiteral(" %"));
    m_scaleSpin->setToolTip(m_scaleSlider->toolTip());
    connect(m_scaleSlider, &QSlider::valueChanged, this, &QuotaPage::setScale);
    connect(m_scaleSpin, &QSpinBox::valueChanged, this, &QuotaPage::setScale);

    m_table->setHorizontalHeaderLabels({tr("Class"), tr("Real (training)"), tr("Synthetic"), tr("Set by hand")});
    m_table->setToolTip(tr("Per class: its real training images and how many synthetic images are made"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_total->setToolTip(tr("Synthetic images over all classes (all shards together)"));

    auto* scaleRow = new QHBoxLayout;
    auto* scaleLabel = new QLabel(tr("Scale"), this);
    scaleLabel->setBuddy(m_scaleSpin);
    scaleRow->addWidget(scaleLabel);
    scaleRow->addWidget(m_scaleSlider, 1);
    scaleRow->addWidget(m_scaleSpin);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(scaleRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_problems);

    connect(m_wizard, &AugmentWizard::datasetChanged, this, &QuotaPage::rebuild);
    setScale(100);
    rebuild();
}

void QuotaPage::setScale(int percent) {
    if (m_scaleSlider->value() != percent) m_scaleSlider->setValue(percent);
    if (m_scaleSpin->value() != percent) m_scaleSpin->setValue(percent);
    fillFromScale();
}

bool QuotaPage::isAbsolute(int row) const { return m_rows.at(size_t(row)).fixed->isChecked(); }

void QuotaPage::fillFromScale() {
    m_filling = true;
    for (const Row& row : m_rows)
        if (!row.fixed->isChecked()) row.spin->setValue(WizardCommon::scaledQuota(m_scaleSpin->value(), row.real));
    m_filling = false;
    updateTotal();
}

void QuotaPage::rebuild() {
    for (const Row& row : m_rows)  // keep what was typed when the same class comes back
        if (row.fixed->isChecked()) m_pendingQuotas[row.className.toStdString()] = row.spin->value();
    m_rows.clear();
    m_table->setRowCount(0);
    const std::shared_ptr<const clue::Dataset> dataset = m_wizard->dataset();
    if (!dataset) {
        updateTotal();
        return;
    }
    const int classes = int(dataset->classes.size());
    m_table->setRowCount(classes);
    for (int i = 0; i < classes; ++i) {
        Row row;
        row.className = QString::fromStdString(dataset->classes[size_t(i)]);
        row.real = i < int(dataset->train_counts.size()) ? dataset->train_counts[size_t(i)] : 0;
        auto* name = new QTableWidgetItem(row.className);
        m_table->setItem(i, 0, name);
        auto* real = new QTableWidgetItem(QString::number(row.real));
        real->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 1, real);
        row.spin = new QSpinBox(m_table);
        row.spin->setRange(0, kMaxQuota);
        row.spin->setAlignment(Qt::AlignRight);
        row.spin->setToolTip(tr("Synthetic images of %1; typing a number sets this class by hand").arg(row.className));
        row.fixed = new QCheckBox(m_table);
        row.fixed->setToolTip(tr("Ticked: %1 gets exactly the number typed. Unticked: the scale decides")
                                  .arg(row.className));
        m_table->setCellWidget(i, 2, row.spin);
        m_table->setCellWidget(i, 3, row.fixed);
        if (auto it = m_pendingQuotas.find(row.className.toStdString()); it != m_pendingQuotas.end()) {
            row.fixed->setChecked(true);
            row.spin->setValue(it->second);
        }
        QSpinBox* spin = row.spin;
        QCheckBox* fixed = row.fixed;
        const QString className = row.className;
        connect(spin, &QSpinBox::valueChanged, this, [this, fixed] {
            if (!m_filling) fixed->setChecked(true);  // a typed count makes the class absolute
            updateTotal();
        });
        connect(fixed, &QCheckBox::toggled, this, [this, className](bool on) {
            if (!on) m_pendingQuotas.erase(className.toStdString());
            fillFromScale();
        });
        m_rows.push_back(row);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    fillFromScale();
}

int QuotaPage::total() const {
    int sum = 0;
    for (const Row& row : m_rows) sum += row.spin->value();
    return sum;
}

void QuotaPage::updateTotal() {
    int real = 0;
    for (const Row& row : m_rows) real += row.real;
    m_total->setText(m_rows.empty() ? tr("Scan the real images on the first page to see the classes.")
                                    : tr("Total: %1 synthetic images for %2 real training images")
                                          .arg(total())
                                          .arg(real));
}

void QuotaPage::applyTo(clue::AugmentOptions& options) const {
    options.scale_percent = m_scaleSpin->value();
    options.quotas.clear();
    for (const Row& row : m_rows)
        if (row.fixed->isChecked()) options.quotas[row.className.toStdString()] = row.spin->value();
    if (m_rows.empty()) options.quotas = m_pendingQuotas;  // no class list yet: keep a recipe's quotas
}

void QuotaPage::setFrom(const clue::AugmentOptions& options) {
    m_pendingQuotas = options.quotas;
    for (Row& row : m_rows) {
        const auto it = options.quotas.find(row.className.toStdString());
        m_filling = true;
        if (it != options.quotas.end()) row.spin->setValue(it->second);
        m_filling = false;
        const QSignalBlocker block(row.fixed);
        row.fixed->setChecked(it != options.quotas.end());
    }
    setScale(int(std::lround(qBound(100.0, options.scale_percent, 1000.0))));
    updateTotal();
}

bool QuotaPage::validatePage() {
    QStringList problems = m_wizard->problems(AugmentWizard::QuotaPageId);
    if (!m_rows.empty() && total() == 0) problems.append(tr("Every class is set to 0 images: nothing would be made."));
    WizardCommon::showProblems(m_problems, problems);
    return problems.isEmpty();
}
