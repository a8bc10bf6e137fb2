// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the playground's and the depth lab's file loaders, on the same bytes. A
// file that loads must save and load again to the same set-up.
#include <cstddef>
#include <cstdint>

#include <QFile>

#include "depth/depthlabfile.h"
#include "fuzzcheck.h"
#include "fuzzqt.h"
#include "playground/labfile.h"

namespace {
QString g_input;
QString g_saved;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    FuzzQt::initialize(argc, argv);
    g_input = FuzzQt::path("input.json");
    g_saved = FuzzQt::path("saved.json");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    {
        QFile file(g_input);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        FUZZ_CHECK(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size));
    }
    auto playground = LabFile::load(g_input);
    if (const auto *setup = std::get_if<PlaygroundSetup>(&playground)) {
        FUZZ_CHECK(LabFile::save(g_saved, *setup).isEmpty());
        const auto again = LabFile::load(g_saved);
        const auto *reread = std::get_if<PlaygroundSetup>(&again);
        FUZZ_CHECK(reread && *reread == *setup);
    } else {
        FUZZ_CHECK(!std::get<QString>(playground).isEmpty());
    }
    const bool isDepth = DepthLabFile::isDepthLabFile(g_input);
    auto depth = DepthLabFile::load(g_input);
    if (const auto *setup = std::get_if<DepthLabSetup>(&depth)) {
        FUZZ_CHECK(isDepth);
        FUZZ_CHECK(DepthLabFile::save(g_saved, *setup).isEmpty());
        const auto again = DepthLabFile::load(g_saved);
        const auto *reread = std::get_if<DepthLabSetup>(&again);
        FUZZ_CHECK(reread && *reread == *setup);
    } else {
        FUZZ_CHECK(!std::get<QString>(depth).isEmpty());
    }
    return 0;
}
