// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

#include <QString>

namespace Cli {

/**
 * A one-line progress bar on stderr for long commands, redrawn at most ten times a second and
 * only when stderr is a terminal (and the caller enables it), so pipes and files stay clean.
 */
class ProgressBar {
public:
    explicit ProgressBar(bool enabled);
    ~ProgressBar();
    ProgressBar(const ProgressBar &) = delete;
    ProgressBar &operator=(const ProgressBar &) = delete;

    /// Draws `done` of `total` with a translated status text after the bar.
    void update(long long done, long long total, const QString &status);
    void clear();

private:
    bool m_enabled;
    qsizetype m_width = 0;
    std::chrono::steady_clock::time_point m_last;
};

} // namespace Cli
