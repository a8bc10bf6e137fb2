// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "data/datasetgenerator.h"
#include "engine/trainingconfig.h"

/// One translated sentence for each error the data and training core can report; shared by
/// the command line and the playground. (CSV errors: playground/csverrortext.h.)
QString datasetOptionsErrorText(actlab::DatasetOptionsError error, const actlab::DatasetOptions &o);
QString activationErrorText(const actlab::ActivationError &error);
QString configErrorText(const actlab::ConfigError &error, const actlab::TrainingConfig &config);
