// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clirunner.h"

namespace Cli {
/// `actlab propagate --activation ID [--param NAME=VALUE]... --depth L --width W
/// (--init NAME | --weight-variance S) [--bias-variance S] [--input-variance Q]
/// [--dropout none|standard|alpha] [--rate R] [--batch B] [--correlation C] [--seed K]
/// [--threads T] [--format csv|json]`: the depth lab's measurement on a random network and the
/// mean-field prediction, per layer (0 is the input). Non-finite numbers are written as null in
/// JSON and as nan/inf in CSV.
Outcome runPropagate(const QStringList &arguments);

/// `actlab critical --activation ID [--param NAME=VALUE]... --bias-variance S
/// [--input-variance Q] [--format text|json]`: the weight variance at the edge of chaos
/// (χ₁ = 1) and the fixed point q* there.
Outcome runCritical(const QStringList &arguments);
} // namespace Cli
