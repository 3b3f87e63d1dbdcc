#include "io/image_folder/csv.h"

namespace clue::csv {

Result<std::vector<Record>> parse(const std::string& text, const std::string& what) {
    std::vector<Record> records;
    size_t i = 0;
    const size_t n = text.size();
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;
    int line = 1;
    Record rec;
    rec.line = 1;
    std::string field;
    bool any = false;  // the current record has content (a blank line is not a record with one empty field)
    auto end_record = [&] {
        if (any || rec.fields.size() > 0) {
            rec.fields.push_back(std::move(field));
            records.push_back(std::move(rec));
        }
        rec = Record{};
        field.clear();
        any = false;
    };
    while (i < n) {
        const char c = text[i];
        if (c == '"' && field.empty()) {
            const int start_line = line;
            ++i;
            for (;;) {
                if (i >= n)
                    return Error{Errc::BadFormat,
                                 what + ": line " + std::to_string(start_line) + ": quoted field is not closed"};
                if (text[i] == '"') {
                    if (i + 1 < n && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (text[i] == '\n') ++line;
                field += text[i++];
            }
            any = true;
            // After the closing quote only a separator or the end of the record may follow.
            if (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
                return Error{Errc::BadFormat, what + ": line " + std::to_string(line) +
                                                  ": unexpected character after a closing quote"};
            continue;
        }
        if (c == ',') {
            rec.fields.push_back(std::move(field));
            field.clear();
            any = true;
            ++i;
        } else if (c == '\r' || c == '\n') {
            end_record();
            i += (c == '\r' && i + 1 < n && text[i + 1] == '\n') ? 2 : 1;
            rec.line = ++line;
        } else {
            field += c;
            any = true;
            ++i;
        }
    }
    end_record();
    return records;
}

std::string quote(const std::string& field) {
    if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
    std::string out = "\"";
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

std::string format_record(const std::vector<std::string>& fields) {
    std::string out;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ',';
        out += quote(fields[i]);
    }
    return out + "\r\n";
}

}  // namespace clue::csv
