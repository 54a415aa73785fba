#pragma once

#include "layertrace.h"

#include <QtCore/QString>

#include <array>
#include <vector>

namespace cnnwb::models {

class Network;

/// A Keras-style summary of a network, measured by one forward pass.
struct ModelSummary
{
    std::vector<LayerRecord> layers;
    std::array<std::int64_t, 3> inputShape{}; ///< C×H×W of the dry run
    std::int64_t trainable = 0;     ///< trainable parameters of the whole network
    std::int64_t runningStats = 0;  ///< batch-norm running-statistic elements
    std::int64_t macs = 0;          ///< forward multiply-accumulates for one sample
};

/// Runs NETWORK once on a zero batch of one sample of INPUT_SHAPE (C×H×W), in eval mode
/// and without gradients, and collects every layer it passes. Restores the training mode.
ModelSummary summarize(Network &network, const std::array<std::int64_t, 3> &inputShape);

/// Formats a count with thousands separators ("31,389,569"), independent of the locale.
QString formatCount(std::int64_t value);

/// Formats a per-sample shape as "64×224×224".
QString formatShape(const std::vector<std::int64_t> &shape);

/// Formats SUMMARY as a plain-text table for a terminal.
QString formatSummaryTable(const ModelSummary &summary, const QString &title);

} // namespace cnnwb::models
