// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Identity used by QSettings, the About box and `actlab --version`.
namespace AppInfo {
inline constexpr const char *organization = "ActLab";
inline constexpr const char *applicationName = "ActLab";
inline constexpr const char *version = ACTLAB_VERSION;
/// The installed .desktop entry, icon, metainfo and MIME package are named after this id.
inline constexpr const char *desktopId = "io.github.actlab.ActLab";
} // namespace AppInfo
