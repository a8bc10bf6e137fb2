// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clirunner.h"

namespace Cli {
/// `actlab dataset NAME [--n N] [--noise S] [--seed K] [--classes K] --out FILE.csv`: writes a
/// generated dataset as CSV (header `x1,x2,label`, or `x,y` for 1-D regression); `--out -`
/// writes it to stdout.
Outcome runDataset(const QStringList &arguments);
} // namespace Cli
