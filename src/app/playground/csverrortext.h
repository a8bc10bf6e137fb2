// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/csvdataset.h"

#include <QString>

/// One translated sentence for a CSV error, naming the line (and field) at fault.
QString csvErrorText(const actlab::CsvError &error);
