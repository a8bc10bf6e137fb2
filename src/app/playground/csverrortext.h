// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "data/csvdataset.h"

/// One translated sentence for a CSV error, naming the line (and field) at fault.
QString csvErrorText(const actlab::CsvError &error);
