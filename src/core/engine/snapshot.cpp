// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot.h"

namespace actlab {

const char *trainingStatusKey(TrainingStatus status) {
    switch (status) {
    case TrainingStatus::Ready:
        return "ready";
    case TrainingStatus::Running:
        return "running";
    case TrainingStatus::Paused:
        return "paused";
    case TrainingStatus::Finished:
        return "finished";
    case TrainingStatus::Diverged:
        return "diverged";
    case TrainingStatus::Stopped:
        return "stopped";
    }
    return "";
}

} // namespace actlab
