#pragma once
// RFC 4180 CSV for dataset manifests: fields separated by ',', records by CRLF or LF, fields with ',', '"', CR or LF
// quoted with '"' and inner quotes doubled. A UTF-8 byte-order mark (Excel writes one) is dropped. No Qt, no torch.
#include <string>
#include <vector>

#include "clue/result.h"

namespace clue::csv {

struct Record {
    int line = 0;  ///< 1-based line where the record starts (for error messages)
    std::vector<std::string> fields;
};

/// Parses a whole CSV text. Blank lines are skipped. BadFormat (naming `what` and the line) for an unterminated
/// quoted field or a character after a closing quote.
Result<std::vector<Record>> parse(const std::string& text, const std::string& what);

/// One field, quoted only when it has to be.
std::string quote(const std::string& field);
/// One record, terminated by CRLF as RFC 4180 specifies.
std::string format_record(const std::vector<std::string>& fields);

}  // namespace clue::csv
