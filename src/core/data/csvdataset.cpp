// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvdataset.h"

#include <cmath>
#include <fstream>
#include <optional>
#include <sstream>
#include <vector>

#include "data/datasetgenerator.h"
#include "util/strings.h"

namespace actlab {
namespace {

enum class LabelMode { Infer, Classes, Regression };

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> splitFields(std::string_view line) {
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    for (;;) {
        const std::size_t comma = line.find(',', start);
        fields.push_back(trim(line.substr(start, comma - start)));
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    return fields;
}

/// Reads a header line; nullopt when the line is not a header at all (it starts with a number).
std::optional<std::variant<LabelMode, CsvError>> readHeader(const std::vector<std::string_view> &f,
                                                            std::string_view line) {
    if (!f.empty() && parseDouble(std::string(f.front())))
        return std::nullopt;
    const auto is = [](std::string_view field, std::string_view name) {
        return equalsIgnoringCase(field, name);
    };
    if (f.size() == 2 && is(f[0], "x") && is(f[1], "y"))
        return LabelMode::Regression;
    if (f.size() == 3 && is(f[0], "x1") && is(f[1], "x2")) {
        if (is(f[2], "class"))
            return LabelMode::Classes;
        if (is(f[2], "label") || is(f[2], "y") || is(f[2], "target") || is(f[2], "value"))
            return LabelMode::Infer;
    }
    return CsvError{CsvErrorKind::BadHeader, 0, 0, std::string(trim(line)), 0, 0};
}

bool isWhole(double v) {
    return v == std::floor(v);
}

} // namespace

CsvResult parseCsvDataset(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") // UTF-8 byte order mark, as some editors write
        text.remove_prefix(3);

    LabelMode mode = LabelMode::Infer;
    int columns = 0;
    bool headerAllowed = true;
    Dataset d;

    std::size_t lineNumber = 0;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        const std::size_t end = std::min(text.find('\n', pos), text.size());
        const std::string_view line = trim(text.substr(pos, end - pos));
        pos = end + 1;
        ++lineNumber;
        if (line.empty() || line.front() == '#')
            continue;
        const std::vector<std::string_view> fields = splitFields(line);
        if (headerAllowed) {
            headerAllowed = false;
            if (auto header = readHeader(fields, line)) {
                if (auto *error = std::get_if<CsvError>(&*header)) {
                    error->line = lineNumber;
                    return *error;
                }
                mode = std::get<LabelMode>(*header);
                columns = int(fields.size());
                continue;
            }
        }
        if (columns == 0) {
            columns = int(fields.size());
            if (columns != 2 && columns != 3)
                return CsvError{
                    CsvErrorKind::WrongColumnCount, lineNumber, 0, {}, 0, int(fields.size())};
        }
        if (int(fields.size()) != columns)
            return CsvError{
                CsvErrorKind::WrongColumnCount, lineNumber, 0, {}, columns, int(fields.size())};
        if (d.size() >= std::size_t(kMaxDatasetSize))
            return CsvError{CsvErrorKind::TooManyRows, lineNumber, 0, {}, 0, 0};

        double values[3] = {0, 0, 0};
        for (int c = 0; c < columns; ++c) {
            const std::string field(fields[std::size_t(c)]);
            const std::optional<double> v = parseDouble(field);
            if (!v)
                return CsvError{CsvErrorKind::NotANumber, lineNumber, c + 1, field, 0, 0};
            if (!std::isfinite(*v))
                return CsvError{CsvErrorKind::NotFinite, lineNumber, c + 1, field, 0, 0};
            values[c] = *v;
        }
        if (mode == LabelMode::Classes) {
            const double label = values[2];
            if (!isWhole(label) || label < 0)
                return CsvError{CsvErrorKind::BadLabel, lineNumber, 3,
                                std::string(fields[2]), 0,          0};
            if (label > kMaxClasses - 1)
                return CsvError{CsvErrorKind::TooManyClasses, lineNumber, 3,
                                std::string(fields[2]),       0,          0};
        }
        d.x1.push_back(values[0]);
        if (columns == 3)
            d.x2.push_back(values[1]);
        d.target.push_back(values[columns - 1]);
    }
    if (d.size() == 0)
        return CsvError{CsvErrorKind::Empty, 0, 0, {}, 0, 0};

    d.inputDims = columns == 3 ? 2 : 1;
    if (columns == 2)
        mode = LabelMode::Regression;
    if (mode == LabelMode::Infer) {
        bool classes = true, plusMinusOne = true;
        for (double t : d.target) {
            classes = classes && isWhole(t) && t >= 0 && t <= kMaxClasses - 1;
            plusMinusOne = plusMinusOne && (t == -1 || t == 1);
        }
        if (plusMinusOne) {
            for (double &t : d.target)
                t = t > 0 ? 1 : 0;
            classes = true;
        }
        mode = classes ? LabelMode::Classes : LabelMode::Regression;
    }
    if (mode == LabelMode::Classes) {
        double maxLabel = 0;
        for (double t : d.target)
            maxLabel = std::max(maxLabel, t);
        d.classes = std::max(2, int(maxLabel) + 1);
        d.task = d.classes > 2 ? Task::MultiClass : Task::Binary;
    } else {
        d.classes = 0;
        d.task = Task::Regression;
    }
    d.domain = d.boundingDomain();
    return d;
}

CsvResult loadCsvDataset(const std::string &path) {
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return CsvError{CsvErrorKind::FileUnreadable, 0, 0, path, 0, 0};
    std::ostringstream content;
    content << file.rdbuf();
    if (file.bad())
        return CsvError{CsvErrorKind::FileUnreadable, 0, 0, path, 0, 0};
    return parseCsvDataset(content.str());
}

std::string formatCsvDataset(const Dataset &data) {
    std::string out = data.inputDims == 2 ? "x1,x2,label\n" : "x,y\n";
    for (std::size_t i = 0; i < data.size(); ++i) {
        out += formatRoundTrip(data.x1[i]);
        out += ',';
        if (data.inputDims == 2) {
            out += formatRoundTrip(data.x2[i]);
            out += ',';
        }
        out += formatRoundTrip(data.target[i]);
        out += '\n';
    }
    return out;
}

} // namespace actlab
