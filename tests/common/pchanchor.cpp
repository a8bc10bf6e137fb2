// SPDX-License-Identifier: GPL-3.0-or-later
// The one source of each test folder's precompiled-header target (tests/CMakeLists.txt,
// ACTLAB_PCH): CMake needs a source to attach the precompiled header to, and -pedantic wants a
// declaration in it.
namespace actlab::tests {} // namespace actlab::tests
