// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

#include "data/dataset.h"

namespace actlab {

/// Why a CSV file was refused. The app turns the kind into a translated sentence.
enum class CsvErrorKind {
    FileUnreadable,   ///< the file cannot be opened or read (text holds the path)
    Empty,            ///< no data rows
    BadHeader,        ///< a header whose column names are not understood (text holds it)
    WrongColumnCount, ///< a row with a different number of fields than the first (expected/found)
    NotANumber,       ///< a field that is not a number (column, text)
    NotFinite,        ///< nan or inf (column, text)
    BadLabel,         ///< a class label that is not a whole number from 0 (column "class")
    TooManyClasses,   ///< a class label above kMaxClasses − 1
    TooManyRows,      ///< more than kMaxDatasetSize rows
};

struct CsvError {
    CsvErrorKind kind = CsvErrorKind::Empty;
    std::size_t line = 0; ///< 1-based line of the offending row, 0 when not about a row
    int column = 0;       ///< 1-based field, 0 when not about a field
    std::string text;     ///< the offending field, header or path
    int expected = 0;     ///< WrongColumnCount: fields in the first row (0: that row has
                          ///< neither 2 nor 3)
    int found = 0;        ///< WrongColumnCount: fields in this row
};

using CsvResult = std::variant<Dataset, CsvError>;

/**
 * User data as CSV: `x1,x2,label` (2-D) or `x,y` (1-D regression), one point a line.
 *
 * - An optional header names the columns: x1,x2 then label, y, target or value (the task is
 *   inferred) or class (classification required); x,y for 1-D. Without a header, three fields
 *   mean x1,x2,label and two mean x,y.
 * - Blank lines and lines starting with # are skipped; fields may be padded with spaces.
 * - Inference: if every label is a whole number from 0 to kMaxClasses − 1 it is classification
 *   (binary for 0/1), labels of only −1 and 1 are read as binary 0 and 1 (TensorFlow
 *   Playground's convention); anything else is regression.
 * - The first bad row stops the load with its line number; nothing is returned but the error.
 */
CsvResult parseCsvDataset(std::string_view text);
/// Reads and parses a file (see parseCsvDataset).
CsvResult loadCsvDataset(const std::string &path);

/// The dataset as CSV with a header (`x1,x2,label`, or `x,y` for 1-D data), every number
/// written so that it reads back exactly.
std::string formatCsvDataset(const Dataset &data);

} // namespace actlab
