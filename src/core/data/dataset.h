// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace actlab {

/// What a dataset asks the network to learn.
enum class Task {
    Binary,     ///< two classes, labels 0 and 1
    MultiClass, ///< K classes, labels 0 .. K-1
    Regression, ///< a real target
};

/// Stable lower-case key of a task ("binary", "multiclass", "regression"), used in JSON.
const char *taskKey(Task task);

/// A rectangle in input space: what a plot of the data and of the model's output covers.
struct Domain {
    double x1Min = -6;
    double x1Max = 6;
    double x2Min = -6; ///< for 1-D data: the target axis
    double x2Max = 6;
};

/**
 * The points of a toy problem, as a structure of arrays. Two-dimensional data has inputs
 * (x1, x2) and a target; one-dimensional data (1-D regression) has x1 and a target, and x2 is
 * empty. Classification targets are class indices stored as doubles (0, 1, ... K-1).
 */
struct Dataset {
    int inputDims = 2;
    Task task = Task::Binary;
    int classes = 2; ///< 2 for Binary, K for MultiClass, 0 for Regression
    std::vector<double> x1;
    std::vector<double> x2;
    std::vector<double> target;
    Domain domain;

    std::size_t size() const { return target.size(); }
    bool isClassification() const { return task != Task::Regression; }
    /// The points at `indices`, in that order; same task, classes and domain.
    Dataset subset(std::span<const std::size_t> indices) const;
    /// A domain enclosing every point with a margin, for data that did not come with one.
    Domain boundingDomain(double margin = 0.1) const;
};

} // namespace actlab
