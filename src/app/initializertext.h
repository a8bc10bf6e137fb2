// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "network/initializer.h"

/// "Glorot uniform", "He normal", … in the current language (the names stay, the words are
/// translated); shared by the playground and the depth lab.
QString initializerDisplayName(actlab::Initializer init);
