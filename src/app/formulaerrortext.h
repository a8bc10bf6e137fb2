// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "formula/formula.h"

/// One translated sentence for a formula error, naming the 1-based column and the token.
QString formulaErrorText(const actlab::FormulaError &error);
