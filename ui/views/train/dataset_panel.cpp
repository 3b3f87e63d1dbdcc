#include "views/train/dataset_panel.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidgetItem* numberItem(int value) {
    auto* item = new QTableWidgetItem(QString::number(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget* makeTable(QWidget* parent, const QStringList& headers) {
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

}  // namespace

DatasetPanel::DatasetPanel(QWidget* parent)
    : QWidget(parent),
      m_stack(new QStackedWidget(this)),
      m_message(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_classes(makeTable(this, {tr("Class"), tr("Training"), tr("Validation")})),
      m_skippedTitle(new QLabel(this)),
      m_skipped(makeTable(this, {tr("Skipped file"), tr("Reason")})) {
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    QFont font = m_message->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    m_message->setFont(font);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_classes->setToolTip(tr("Images per class in the training and validation splits (the split is stable: "
                             "it follows each file's content hash)"));
    m_skipped->setToolTip(tr("Files that were left out, and why"));
    m_classes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_classes->horizontalHeader()->setStretchLastSection(false);
    m_skipped->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_skipped->horizontalHeader()->setStretchLastSection(false);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_summary);
    layout->addWidget(m_classes, 3);
    layout->addWidget(m_skippedTitle);
    layout->addWidget(m_skipped, 2);
    m_stack->addWidget(m_message);
    m_stack->addWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    showMessage(tr("Choose a dataset (a folder with one sub-folder per class, or a CSV manifest) "
                   "in the Parameters dock and press Scan"));
}

void DatasetPanel::showMessage(const QString& text) {
    m_message->setText(text);
    m_stack->setCurrentIndex(0);
}

QString DatasetPanel::messageText() const { return m_stack->currentIndex() == 0 ? m_message->text() : QString(); }

bool DatasetPanel::hasDataset() const { return m_stack->currentIndex() == 1; }

void DatasetPanel::setDataset(const clue::Dataset& dataset) {
    const int classes = int(dataset.classes.size());
    m_classes->setRowCount(classes + 1);
    int trainTotal = 0;
    int validationTotal = 0;
    for (int i = 0; i < classes; ++i) {
        const int train = i < int(dataset.train_counts.size()) ? dataset.train_counts[size_t(i)] : 0;
        const int validation = i < int(dataset.validation_counts.size()) ? dataset.validation_counts[size_t(i)] : 0;
        trainTotal += train;
        validationTotal += validation;
        m_classes->setItem(i, 0, new QTableWidgetItem(QString::fromStdString(dataset.classes[size_t(i)])));
        m_classes->setItem(i, 1, numberItem(train));
        m_classes->setItem(i, 2, numberItem(validation));
    }
    auto* total = new QTableWidgetItem(tr("All classes"));
    QFont bold = total->font();
    bold.setBold(true);
    total->setFont(bold);
    m_classes->setItem(classes, 0, total);
    m_classes->setItem(classes, 1, numberItem(trainTotal));
    m_classes->setItem(classes, 2, numberItem(validationTotal));
    for (int column = 1; column < 3; ++column) m_classes->item(classes, column)->setFont(bold);
    m_classes->resizeColumnsToContents();

    m_skipped->setRowCount(int(dataset.skipped.size()));
    for (int i = 0; i < int(dataset.skipped.size()); ++i) {
        const clue::SkippedFile& file = dataset.skipped[size_t(i)];
        const QString path = QString::fromStdString(file.path);
        auto* name = new QTableWidgetItem(QFileInfo(path).fileName());
        name->setToolTip(QDir::toNativeSeparators(path));
        m_skipped->setItem(i, 0, name);
        m_skipped->setItem(i, 1, new QTableWidgetItem(QString::fromStdString(file.reason)));
    }
    m_skippedTitle->setText(dataset.skipped.empty() ? tr("No file was skipped.")
                                                    : tr("Skipped files: %1").arg(dataset.skipped.size()));
    m_skipped->setVisible(!dataset.skipped.empty());
    m_summary->setText(tr("%1 · classes: %2 · training images: %3 · validation images: %4")
                           .arg(QDir::toNativeSeparators(QString::fromStdString(dataset.source)))
                           .arg(classes)
                           .arg(trainTotal)
                           .arg(validationTotal));
    m_stack->setCurrentIndex(1);
}
