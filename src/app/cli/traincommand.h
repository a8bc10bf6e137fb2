// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clirunner.h"

namespace Cli {
/// `actlab train [--dataset NAME [--n N] [--noise S] [--classes K] | --data FILE.csv]
/// [--activation ID [--param NAME=VALUE]...] [--hidden H] [--hidden2 H] [--features LIST]
/// [--init NAME] [--output KIND] [--optimizer sgd|momentum|adam] [--lr LR] [--momentum M]
/// [--batch B] [--epochs E] [--l2 L] [--test-fraction F] [--seed K] [--threads T]
/// [--format text|json]`: every setting not given is trainingDefaults(), the playground's. Trains
/// with the engine's Trainer (the playground's code path) and prints the result; text output draws
/// a progress bar when stderr is a terminal. --seed seeds the generated points too, so `actlab
/// dataset NAME --seed K` writes the same points. JSON "seconds" and "samples_per_second" cover the
/// training steps only; "wall_seconds" adds the per-epoch evaluations behind "history".
Outcome runTrain(const QStringList &arguments);
} // namespace Cli
