// SPDX-License-Identifier: GPL-3.0-or-later
#include "depthoptions.h"

#include <cstring>
#include <variant>

#include "cli/clioptions.h"
#include "cli/clitext.h"
#include "trainingerrortext.h"

namespace CliDepthOptions {

std::optional<actlab::HiddenActivation> activation(const QCommandLineParser &parser,
                                                   const Options &options, QString *error) {
    if (!parser.isSet(options.activation)) {
        *error = CliText::tr("Missing --activation ID (actlab list shows them all).");
        return std::nullopt;
    }
    const auto choice = CliOptions::hiddenActivation(
        parser.value(options.activation), parser.values(CliOptions::paramOption()), error);
    if (!choice)
        return std::nullopt;
    auto resolved = actlab::resolveHiddenActivation(*choice);
    if (const auto *problem = std::get_if<actlab::ActivationError>(&resolved)) {
        *error = activationErrorText(*problem);
        return std::nullopt;
    }
    return std::get<actlab::HiddenActivation>(std::move(resolved));
}

QString invalidFieldText(const char *field) {
    using namespace actlab::depth;
    const auto is = [field](const char *name) { return std::strcmp(field, name) == 0; };
    if (is("depth"))
        return CliText::tr("--depth must be a whole number from 1 to %1.").arg(kMaxDepth);
    if (is("width"))
        return CliText::tr("--width must be a whole number from 1 to %1.").arg(kMaxWidth);
    if (is("batch"))
        return CliText::tr("--batch must be a whole number from 2 to %1.").arg(kMaxBatch);
    if (is("inputVariance"))
        return CliText::tr("--input-variance must be a positive number.");
    if (is("biasVariance"))
        return CliText::tr("--bias-variance must be zero or positive.");
    if (is("weightVariance"))
        return CliText::tr("--weight-variance must be a positive number.");
    if (is("inputCorrelation"))
        return CliText::tr("--correlation must be from -1 to 1.");
    if (is("dropoutRate"))
        return CliText::tr("--rate must be from 0 to %1.").arg(kMaxDropoutRate);
    if (is("size"))
        return CliText::tr("Depth × width × batch is too large to keep in memory; use a smaller "
                           "batch, width or depth.");
    return CliText::tr("Invalid setting: %1.").arg(QString::fromLatin1(field));
}

} // namespace CliDepthOptions
