#pragma once
// clue::Errc -> translated sentence for users (architecture.md §4.4). The core's English `detail`
// goes to the log and the "Details…" expander, never into the headline.
#include <QCoreApplication>
#include <QString>

#include "clue/result.h"

class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    /// One translated sentence per code; codes without their own text get their area's text.
    static QString message(clue::Errc code);
    /// "message\n\ndetail" for logs and clipboard.
    static QString full(const clue::Error& error);
};
