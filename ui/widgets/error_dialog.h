#pragma once
// An error for users: what failed, a translated sentence for the error code, and the core's English
// detail behind a "Details…" expander (architecture.md §4.4).
#include <QDialog>

#include "clue/result.h"

class QPlainTextEdit;
class QToolButton;

class ErrorDialog : public QDialog {
    Q_OBJECT

public:
    ErrorDialog(const QString& headline, const clue::Error& error, QWidget* parent);

    /// Opens a non-blocking, window-modal dialog that deletes itself when closed; the detail is logged too.
    static ErrorDialog* showError(QWidget* parent, const QString& headline, const clue::Error& error);

    QString messageText() const;
    QString detailText() const;
    bool detailsVisible() const;

private:
    QPlainTextEdit* m_details;
    QToolButton* m_toggle;
    QString m_message;
};
