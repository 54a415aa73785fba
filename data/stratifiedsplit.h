#pragma once

#include <cstdint>

#include <QtCore/QVector>

namespace cnnwb::data {

/// Sample indices of a two-way split.
struct SplitIndices
{
    /// Indices that stay for training, ascending.
    QVector<qsizetype> train;
    /// Indices moved to validation, ascending.
    QVector<qsizetype> validation;
};

/// Splits samples by class so that each class gives round(FRACTION · its count) samples to
/// validation: at least one when the class has two or more, and never all of a class.
/// LABELS contains one class index per sample. The result depends only on LABELS, FRACTION
/// and SEED, because the shuffle uses std::mt19937_64 (whose output the C++ standard fixes)
/// with its own index draw. Throws std::invalid_argument unless FRACTION is in [0, 1).
SplitIndices stratifiedSplit(const QVector<int> &labels, double fraction, std::uint64_t seed);

} // namespace cnnwb::data
