#pragma once
// The Train view's dataset page: per-class train/validation counts of the scanned dataset, and the
// skipped files with the reason each was left out. An empty state says what to do first.
#include <QWidget>

#include "clue/dataset.h"

class QLabel;
class QStackedWidget;
class QTableWidget;

class DatasetPanel : public QWidget {
    Q_OBJECT

public:
    explicit DatasetPanel(QWidget* parent = nullptr);

    void setDataset(const clue::Dataset& dataset);
    /// Back to the empty state with `text` (e.g. "Scanning …", or the hint).
    void showMessage(const QString& text);

    QTableWidget* classTable() const { return m_classes; }
    QTableWidget* skippedTable() const { return m_skipped; }
    QString messageText() const;
    bool hasDataset() const;

private:
    QStackedWidget* m_stack;
    QLabel* m_message;
    QLabel* m_summary;
    QTableWidget* m_classes;
    QLabel* m_skippedTitle;
    QTableWidget* m_skipped;
};
