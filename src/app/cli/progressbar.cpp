// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressbar.h"

#include <algorithm>
#include <cstdio>

#include <QByteArray>

#include <unistd.h>

namespace Cli {

ProgressBar::ProgressBar(bool enabled)
    : m_enabled(enabled && isatty(STDERR_FILENO)) {}

ProgressBar::~ProgressBar() {
    clear();
}

void ProgressBar::update(long long done, long long total, const QString &status) {
    if (!m_enabled)
        return;
    const auto now = std::chrono::steady_clock::now();
    if (now - m_last < std::chrono::milliseconds(100) && done < total)
        return;
    m_last = now;
    constexpr int width = 30;
    const int filled = int(double(width) * double(done) / double(std::max(1LL, total)));
    QByteArray line = "\r[" + QByteArray(filled, '#') + QByteArray(width - filled, '.') + "] ";
    line += status.toLocal8Bit();
    m_width = std::max(m_width, line.size());
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stderr);
    std::fflush(stderr);
}

void ProgressBar::clear() {
    if (!m_enabled || m_width == 0)
        return;
    const QByteArray blank = '\r' + QByteArray(m_width, ' ') + '\r';
    std::fwrite(blank.constData(), 1, std::size_t(blank.size()), stderr);
    std::fflush(stderr);
    m_width = 0;
}

} // namespace Cli
