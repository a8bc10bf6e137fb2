// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clirunner.h"

namespace Cli {
/// `actlab list [--format text|json]`
Outcome runList(const QStringList &arguments);
} // namespace Cli
