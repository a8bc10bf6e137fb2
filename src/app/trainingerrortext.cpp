// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingerrortext.h"

#include <QCoreApplication>

#include "activations/catalog.h"
#include "data/datasplit.h"
#include "formulaerrortext.h"
#include "network/networkshape.h"
#include "uinumber.h"
#include "util/strings.h"

namespace {
class TrainingErrorText {
    Q_DECLARE_TR_FUNCTIONS(TrainingError)
};

QString number(double v) {
    return QString::fromStdString(actlab::formatRoundTrip(v));
}
} // namespace

QString datasetOptionsErrorText(actlab::DatasetOptionsError error,
                                const actlab::DatasetOptions &o) {
    using actlab::DatasetOptionsError;
    switch (error) {
    case DatasetOptionsError::SizeOutOfRange:
        return TrainingErrorText::tr("The number of points must be from %1 to %2, not %3.")
            .arg(actlab::kMinDatasetSize)
            .arg(actlab::kMaxDatasetSize)
            .arg(o.n);
    case DatasetOptionsError::NoiseOutOfRange:
        return TrainingErrorText::tr("The noise must be from 0 to 1, not %1.").arg(number(o.noise));
    case DatasetOptionsError::ClassesOutOfRange:
        return TrainingErrorText::tr("The number of classes must be from 2 to %1, not %2.")
            .arg(actlab::kMaxClasses)
            .arg(o.classes);
    case DatasetOptionsError::ClassesNotSupported:
        return TrainingErrorText::tr(
                   "The %1 dataset has two classes; only spiral and gauss take more.")
            .arg(QString::fromLatin1(actlab::datasetKindInfo(o.kind).key));
    }
    return {};
}

QString activationErrorText(const actlab::ActivationError &e) {
    using actlab::ActivationErrorKind;
    const QString id = QString::fromStdString(e.id);
    switch (e.kind) {
    case ActivationErrorKind::UnknownId:
        return TrainingErrorText::tr("Unknown activation \"%1\".").arg(id);
    case ActivationErrorKind::VectorFunction:
        return TrainingErrorText::tr(
                   "%1 works on a whole vector and cannot be the activation of hidden units.")
            .arg(id);
    case ActivationErrorKind::ParamCount:
        return TrainingErrorText::tr("Too many parameter values for %1.").arg(id);
    case ActivationErrorKind::ParamOutOfRange: {
        const actlab::CatalogEntry *entry = actlab::Catalog::builtin().find(e.id);
        const QString name =
            entry && e.paramIndex >= 0 && std::size_t(e.paramIndex) < entry->spec.params.size()
                ? QString::fromStdString(entry->spec.params[std::size_t(e.paramIndex)].name)
                : UiNumber::whole(e.paramIndex + 1);
        return TrainingErrorText::tr("Parameter %1 of %2 is out of range.").arg(name, id);
    }
    case ActivationErrorKind::Formula:
        return formulaErrorText(e.formulaError);
    }
    return {};
}

QString configErrorText(const actlab::ConfigError &e, const actlab::TrainingConfig &c) {
    using actlab::ConfigErrorKind;
    switch (e.kind) {
    case ConfigErrorKind::Dataset:
        return e.datasetError ? datasetOptionsErrorText(*e.datasetError, c.dataset) : QString();
    case ConfigErrorKind::Activation:
        return activationErrorText(e.activationError);
    case ConfigErrorKind::Features:
        return TrainingErrorText::tr(
            "These input features do not fit the data: choose at least one, and for "
            "one-dimensional data only x1, x1^2 or sin(x1).");
    case ConfigErrorKind::Hidden:
        return TrainingErrorText::tr("The hidden layer needs 1 to %1 units, not %2.")
            .arg(actlab::kMaxHiddenUnits)
            .arg(c.hidden);
    case ConfigErrorKind::Hidden2:
        return TrainingErrorText::tr("The second hidden layer needs 0 (none) to %1 units, not %2.")
            .arg(actlab::kMaxHiddenUnits)
            .arg(c.hidden2);
    case ConfigErrorKind::LearningRate:
        return TrainingErrorText::tr("The learning rate must be a positive number, not %1.")
            .arg(number(c.learningRate));
    case ConfigErrorKind::Momentum:
        return TrainingErrorText::tr("The momentum must be from 0 to below 1, not %1.")
            .arg(number(c.momentum));
    case ConfigErrorKind::BatchSize:
        return TrainingErrorText::tr("The batch size must be 0 (full batch) or more, not %1.")
            .arg(c.batchSize);
    case ConfigErrorKind::L2:
        return TrainingErrorText::tr("L2 must be 0 or a positive number, not %1.")
            .arg(number(c.l2));
    case ConfigErrorKind::Epochs:
        return TrainingErrorText::tr("The number of epochs must be 0 or more, not %1.")
            .arg(c.epochs);
    case ConfigErrorKind::TestFraction:
        return TrainingErrorText::tr("The test fraction must be from 0 to %1, not %2.")
            .arg(number(actlab::kMaxTestFraction), number(c.testFraction));
    case ConfigErrorKind::Threads:
        return TrainingErrorText::tr("The number of threads must be from 1 to %1, not %2.")
            .arg(actlab::kMaxThreads)
            .arg(c.threads);
    case ConfigErrorKind::GridSize:
        return TrainingErrorText::tr("The grid size must be from 0 to %1, not %2.")
            .arg(actlab::kMaxGridSize)
            .arg(c.gridSize);
    case ConfigErrorKind::UnitMapSize:
        return TrainingErrorText::tr("The unit map size must be from 0 to %1, not %2.")
            .arg(actlab::kMaxUnitMapSize)
            .arg(c.unitMapSize);
    case ConfigErrorKind::Output:
        return TrainingErrorText::tr(
            "This output layer cannot learn the task: regression needs linear_mse, several "
            "classes need softmax_cce or linear_mse.");
    case ConfigErrorKind::EmptyData:
        return TrainingErrorText::tr("There are no training points.");
    }
    return {};
}
