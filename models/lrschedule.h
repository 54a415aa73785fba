#pragma once

#include <QtCore/QJsonObject>

namespace cnnwb::models {

struct TrainingConfig;

/// The learning rate of a run at each step: a per-epoch schedule (step, exponential,
/// cosine or reduce-on-plateau) after an optional linear warm-up.
class LearningRateSchedule
{
public:
    explicit LearningRateSchedule(const TrainingConfig &config);

    /// Returns the rate for step STEP_IN_EPOCH (0-based) of epoch EPOCH (0-based).
    double rateAt(int epoch, int stepInEpoch, int stepsPerEpoch) const;
    /// Feeds the monitored metric at the end of an epoch (reduce-on-plateau only).
    /// Returns true when the rate was reduced.
    bool epochEnded(double monitoredValue);

    QJsonObject state() const;
    void restoreState(const QJsonObject &state);

private:
    double scheduledRate(int epoch) const;

    QString m_kind;
    double m_baseRate = 0;
    double m_minRate = 0;
    double m_gamma = 0.1;
    int m_stepEpochs = 1;
    int m_totalEpochs = 1;
    int m_warmupEpochs = 0;
    double m_plateauFactor = 0.5;
    int m_plateauPatience = 3;
    bool m_higherIsBetter = false;

    // Reduce-on-plateau state, saved in checkpoints.
    double m_plateauScale = 1;
    double m_bestValue = 0;
    bool m_hasBest = false;
    int m_badEpochs = 0;
};

} // namespace cnnwb::models
