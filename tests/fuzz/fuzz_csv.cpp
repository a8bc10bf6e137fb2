// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the CSV data-set parser. An accepted file must write back as CSV that
// reads again to the same points and task.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "data/csvdataset.h"
#include "fuzzcheck.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const actlab::CsvResult result = actlab::parseCsvDataset(text);
    const auto *dataset = std::get_if<actlab::Dataset>(&result);
    if (!dataset)
        return 0;
    const std::string written = actlab::formatCsvDataset(*dataset);
    const actlab::CsvResult again = actlab::parseCsvDataset(written);
    const auto *reread = std::get_if<actlab::Dataset>(&again);
    FUZZ_CHECK(reread);
    FUZZ_CHECK(reread->task == dataset->task);
    FUZZ_CHECK(reread->classes == dataset->classes);
    FUZZ_CHECK(reread->x1 == dataset->x1);
    FUZZ_CHECK(reread->x2 == dataset->x2);
    FUZZ_CHECK(reread->target == dataset->target);
    return 0;
}
