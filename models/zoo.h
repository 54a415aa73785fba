#pragma once

#include "modeloptions.h"
#include "network.h"

#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QVector>

#include <array>
#include <functional>

namespace cnnwb::models {

/// Kind of prediction a model makes.
enum class TaskKind {
    BinaryClassification,
    MultiClassClassification,
    Segmentation,
};

/// Returns the translated name of a task kind.
QString taskKindName(TaskKind kind);
/// Returns the untranslated identifier of a task kind ("binary", "multiclass", "segmentation").
QString taskKindId(TaskKind kind);

/// One model family of the zoo.
struct ModelSpec
{
    QString id;                       ///< command-line id ("pneumonia", "hanzi", "unet")
    const char *displayName = nullptr; ///< untranslated display name
    const char *summary = nullptr;     ///< untranslated one-paragraph description
    TaskKind task = TaskKind::BinaryClassification;
    std::array<std::int64_t, 3> inputShape{}; ///< reference input, C×H×W
    QStringList classNames;           ///< output classes; segmentation lists its foreground
    QString datasetFormat;            ///< dataset layout it trains on, untranslated id
    QVector<OptionSpec> options;      ///< architecture options with the reference defaults
    /// Builds a network from option values and the class count.
    std::function<NetworkPtr(const OptionValues &, std::int64_t classes)> factory;

    QString translatedName() const;
    QString translatedSummary() const;
    /// Builds the network with OPTIONS and the spec's own class count.
    NetworkPtr create(const OptionValues &options) const;
    OptionValues defaultOptions() const { return OptionValues(options); }
};

/// The model zoo registry, read by the command line, the GUI and the checkpoint loader.
class Zoo
{
public:
    /// Returns the registry of reference models.
    static const Zoo &instance();

    const QVector<ModelSpec> &models() const { return m_models; }
    /// Returns the spec with ID, or nullptr.
    const ModelSpec *find(const QString &id) const;
    QStringList ids() const;

private:
    Zoo();
    QVector<ModelSpec> m_models;
};

/// Parameter counts of a module.
struct ParameterCount
{
    std::int64_t trainable = 0;
    std::int64_t runningStats = 0; ///< batch-norm running mean and variance elements
};

/// Counts the trainable parameters and batch-norm running statistics of NETWORK.
ParameterCount countParameters(const torch::nn::Module &network);

} // namespace cnnwb::models
