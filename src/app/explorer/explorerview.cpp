// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorerview.h"

QString explorerViewKey(ExplorerView view) {
    switch (view) {
    case ExplorerView::Grid:
        return QStringLiteral("grid");
    case ExplorerView::Gradient:
        return QStringLiteral("gradient");
    case ExplorerView::Overlay:
        break;
    }
    return QStringLiteral("overlay");
}

std::optional<ExplorerView> explorerViewFromKey(const QString &key) {
    for (ExplorerView v : {ExplorerView::Overlay, ExplorerView::Grid, ExplorerView::Gradient})
        if (key == explorerViewKey(v))
            return v;
    return std::nullopt;
}
