#include "lrschedule.h"

#include "trainingconfig.h"

#include <algorithm>
#include <cmath>

namespace cnnwb::models {

LearningRateSchedule::LearningRateSchedule(const TrainingConfig &config)
    : m_kind(config.schedule)
    , m_baseRate(config.learningRate)
    , m_minRate(config.minLearningRate)
    , m_gamma(config.gamma)
    , m_stepEpochs(std::max(1, config.stepEpochs))
    , m_totalEpochs(std::max(1, config.epochs))
    , m_warmupEpochs(config.warmupEpochs)
    , m_plateauFactor(config.plateauFactor)
    , m_plateauPatience(config.plateauPatience)
    , m_higherIsBetter(higherIsBetter(config.monitor))
{
}

double LearningRateSchedule::scheduledRate(int epoch) const
{
    // The schedule starts counting after the warm-up, so warm-up epochs do not decay.
    const int e = std::max(0, epoch - m_warmupEpochs);
    double rate = m_baseRate;
    if (m_kind == QLatin1String("step")) {
        rate = m_baseRate * std::pow(m_gamma, e / m_stepEpochs);
    } else if (m_kind == QLatin1String("exponential")) {
        rate = m_baseRate * std::pow(m_gamma, e);
    } else if (m_kind == QLatin1String("cosine")) {
        const int span = std::max(1, m_totalEpochs - m_warmupEpochs);
        const double progress = std::min(1.0, double(e) / span);
        rate = m_minRate + (m_baseRate - m_minRate) * 0.5 * (1 + std::cos(M_PI * progress));
    } else if (m_kind == QLatin1String("plateau")) {
        rate = m_baseRate * m_plateauScale;
    }
    return std::max(m_minRate, rate);
}

double LearningRateSchedule::rateAt(int epoch, int stepInEpoch, int stepsPerEpoch) const
{
    const double rate = scheduledRate(epoch);
    if (epoch >= m_warmupEpochs || stepsPerEpoch <= 0)
        return rate;
    const double done = double(epoch * stepsPerEpoch + stepInEpoch + 1);
    return rate * done / double(m_warmupEpochs * stepsPerEpoch);
}

bool LearningRateSchedule::epochEnded(double monitoredValue)
{
    if (m_kind != QLatin1String("plateau") || std::isnan(monitoredValue))
        return false;
    const bool improved = !m_hasBest || (m_higherIsBetter ? monitoredValue > m_bestValue
                                                          : monitoredValue < m_bestValue);
    if (improved) {
        m_bestValue = monitoredValue;
        m_hasBest = true;
        m_badEpochs = 0;
        return false;
    }
    if (++m_badEpochs <= m_plateauPatience)
        return false;
    m_badEpochs = 0;
    m_plateauScale *= m_plateauFactor;
    return true;
}

QJsonObject LearningRateSchedule::state() const
{
    QJsonObject json;
    json.insert(QStringLiteral("plateau_scale"), m_plateauScale);
    json.insert(QStringLiteral("best_value"), m_bestValue);
    json.insert(QStringLiteral("has_best"), m_hasBest);
    json.insert(QStringLiteral("bad_epochs"), m_badEpochs);
    return json;
}

void LearningRateSchedule::restoreState(const QJsonObject &state)
{
    m_plateauScale = state.value(QStringLiteral("plateau_scale")).toDouble(1);
    m_bestValue = state.value(QStringLiteral("best_value")).toDouble();
    m_hasBest = state.value(QStringLiteral("has_best")).toBool();
    m_badEpochs = state.value(QStringLiteral("bad_epochs")).toInt();
}

} // namespace cnnwb::models
