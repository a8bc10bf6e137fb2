// SPDX-License-Identifier: GPL-3.0-or-later
// Cli::fail lives apart from the runner, so the commands link without the runner's table (and
// its GUI command), as the fuzz targets do.
#include "cli/clirunner.h"

namespace Cli {

Outcome fail(const QString &message) {
    return {exitUsage, {}, message};
}

} // namespace Cli
