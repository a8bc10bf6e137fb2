// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputlayer.h"

#include "util/strings.h"

namespace actlab {

const char *outputKindKey(OutputKind kind) {
    switch (kind) {
    case OutputKind::SigmoidBce:
        return "sigmoid_bce";
    case OutputKind::SoftmaxCce:
        return "softmax_cce";
    case OutputKind::LinearMse:
        return "linear_mse";
    }
    return "";
}

std::optional<OutputKind> outputKindFromKey(std::string_view key) {
    for (OutputKind k : {OutputKind::SigmoidBce, OutputKind::SoftmaxCce, OutputKind::LinearMse})
        if (equalsIgnoringCase(key, outputKindKey(k)))
            return k;
    return std::nullopt;
}

OutputKind defaultOutputKind(Task task) {
    switch (task) {
    case Task::Binary:
        return OutputKind::SigmoidBce;
    case Task::MultiClass:
        return OutputKind::SoftmaxCce;
    case Task::Regression:
        return OutputKind::LinearMse;
    }
    return OutputKind::SigmoidBce;
}

bool outputKindFits(OutputKind kind, Task task) {
    if (task == Task::Regression)
        return kind == OutputKind::LinearMse;
    if (task == Task::MultiClass)
        return kind != OutputKind::SigmoidBce;
    return true;
}

int outputCount(OutputKind kind, Task task, int classes) {
    switch (kind) {
    case OutputKind::SigmoidBce:
        return 1;
    case OutputKind::SoftmaxCce:
        return std::max(2, classes);
    case OutputKind::LinearMse:
        return task == Task::MultiClass ? classes : 1;
    }
    return 1;
}

} // namespace actlab
