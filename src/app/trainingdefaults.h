// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/trainingconfig.h"

/**
 * The one set of defaults of the playground's set-up and of `actlab train`: data set, points,
 * noise, test share, hidden units, activation, initialiser, optimiser, learning rate, batch
 * size, L2 and seeds. Chosen so that a newcomer's first Play visibly succeeds within seconds.
 */
const actlab::TrainingConfig &trainingDefaults();
