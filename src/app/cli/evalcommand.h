// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clirunner.h"

namespace Cli {
/// `actlab eval ID [--param NAME=VALUE]... (--range A:B:N | --x X1,...) [--order 0|1|2]
/// [--format csv|json]`
Outcome runEval(const QStringList &arguments);
} // namespace Cli
