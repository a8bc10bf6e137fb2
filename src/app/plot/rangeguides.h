// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "activations/activationspec.h"

/**
 * The heights of the dashed guide lines of an activation: the finite bounds of its output range
 * (sigmoid's 0 and 1, relu6's 0 and 6, tanh's ±1), which are its horizontal asymptotes or its
 * clipping levels.
 *
 * The catalog states the range at the default parameters. When a bound is a parameter's default
 * (hard_tanh's min_val and max_val, relu's max_value) or its negative (ELU's −α), the guide
 * follows that parameter; a bound that cannot be tied to one parameter is shown only at the
 * defaults, because drawing it elsewhere would be wrong.
 */
class RangeGuides {
public:
    static std::vector<double> levels(const actlab::ActivationSpec &spec,
                                      const std::vector<double> &params);
};
