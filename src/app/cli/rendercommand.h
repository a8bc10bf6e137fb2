// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clirunner.h"

namespace Cli {
/// `actlab render ID [--param NAME=VALUE]... [--order 0|1|2] [--compare ID2[,ID3...]]
/// [--range A:B] [--lang en|zh_CN] [--theme light|dark] [--size WxH] [--scale S]
/// [--view overlay|grid|gradient] [--vanishing-threshold T] --out FILE.png|svg|pdf|csv`: draws
/// one of the explorer's views headless, through the same ExplorerViews and FigureExporter as
/// the window. Needs a QApplication (offscreen is chosen automatically).
Outcome runRender(const QStringList &arguments);
} // namespace Cli
