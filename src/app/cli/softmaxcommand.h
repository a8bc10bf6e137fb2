// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clirunner.h"

namespace Cli {
/// `actlab softmax X1,X2,... [--temperature T] [--format text|json]`: the softmax lab's step
/// table (shift, exponentials, sum, division) and the family's values.
Outcome runSoftmax(const QStringList &arguments);
} // namespace Cli
