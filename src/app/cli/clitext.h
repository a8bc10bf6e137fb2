// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

/// Translation context "Cli" for the subcommands' messages (read by lupdate).
class CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
