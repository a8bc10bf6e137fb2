// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "softmax/softmaxbreakdown.h"

/// One translated sentence per reason a logit vector has no softmax breakdown; shared by
/// `actlab softmax` and the softmax lab.
QString softmaxInputErrorText(actlab::SoftmaxInputError error);
