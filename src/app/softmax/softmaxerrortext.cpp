// SPDX-License-Identifier: GPL-3.0-or-later
#include "softmaxerrortext.h"

#include <QCoreApplication>

namespace {
class SoftmaxErrorText {
    Q_DECLARE_TR_FUNCTIONS(SoftmaxError)
};
} // namespace

QString softmaxInputErrorText(actlab::SoftmaxInputError error) {
    using actlab::SoftmaxInputError;
    switch (error) {
    case SoftmaxInputError::TooFewLogits:
    case SoftmaxInputError::TooManyLogits:
        return SoftmaxErrorText::tr("Give from %1 to %2 logits.")
            .arg(qulonglong(actlab::kSoftmaxMinLogits))
            .arg(qulonglong(actlab::kSoftmaxMaxLogits));
    case SoftmaxInputError::LogitNotFinite:
        return SoftmaxErrorText::tr("Every logit must be a finite number.");
    case SoftmaxInputError::TemperatureNotPositive:
        return SoftmaxErrorText::tr("The temperature must be a finite number greater than 0.");
    }
    return {};
}
