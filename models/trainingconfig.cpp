#include "trainingconfig.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>

namespace cnnwb::models {
namespace {

const QStringList kOptimizers = {QStringLiteral("adam"), QStringLiteral("sgd")};
const QStringList kSchedules = {QStringLiteral("none"), QStringLiteral("step"),
                                QStringLiteral("exponential"), QStringLiteral("cosine"),
                                QStringLiteral("plateau")};
const QStringList kWeightings = {QStringLiteral("none"), QStringLiteral("weights"),
                                 QStringLiteral("balanced")};

} // namespace

bool higherIsBetter(const QString &metric)
{
    return !(metric.endsWith(QLatin1String("loss")) || metric.endsWith(QLatin1String("error")));
}

void TrainingConfig::applyTaskDefaults(bool segmentation)
{
    if (monitor.isEmpty())
        monitor = segmentation ? QStringLiteral("val_pixel_error") : QStringLiteral("val_accuracy");
}

QString TrainingConfig::validate() const
{
    if (epochs < 1)
        return QCoreApplication::translate("cnnwb::models", "epochs must be at least 1, got %1").arg(epochs);
    if (batchSize < 1)
        return QCoreApplication::translate("cnnwb::models", "batch size must be at least 1, got %1").arg(batchSize);
    if (!(learningRate > 0))
        return QCoreApplication::translate("cnnwb::models", "learning rate must be positive, got %1").arg(learningRate);
    if (!kOptimizers.contains(optimizer))
        return QCoreApplication::translate("cnnwb::models", "unknown optimizer \"%1\"; valid: %2").arg(optimizer, kOptimizers.join(QLatin1String(", ")));
    if (!kSchedules.contains(schedule))
        return QCoreApplication::translate("cnnwb::models", "unknown schedule \"%1\"; valid: %2").arg(schedule, kSchedules.join(QLatin1String(", ")));
    if (!kWeightings.contains(classWeighting))
        return QCoreApplication::translate("cnnwb::models", "unknown class weighting \"%1\"; valid: %2")
            .arg(classWeighting, kWeightings.join(QLatin1String(", ")));
    if (valFromTrain < 0 || valFromTrain >= 1)
        return QCoreApplication::translate("cnnwb::models", "--val-from-train must lie in [0, 1), got %1").arg(valFromTrain);
    if (batchNormMomentum < 0 || batchNormMomentum > 1)
        return QCoreApplication::translate("cnnwb::models", "batch-norm momentum must lie in [0, 1], got %1").arg(batchNormMomentum);
    if (weightDecay < 0 || gradientClipNorm < 0 || warmupEpochs < 0 || earlyStopPatience < 0)
        return QCoreApplication::translate("cnnwb::models", "weight decay, gradient clipping, warm-up and patience must not be negative");
    return {};
}

QJsonObject TrainingConfig::toJson() const
{
    QJsonObject model;
    model.insert(QStringLiteral("id"), modelId);
    QJsonObject optionObject;
    for (auto it = options.values().cbegin(); it != options.values().cend(); ++it)
        optionObject.insert(it.key(), it.value());
    model.insert(QStringLiteral("options"), optionObject);
    model.insert(QStringLiteral("classes"), QJsonArray::fromStringList(classNames));

    QJsonObject data = dataset;
    data.insert(QStringLiteral("path"), datasetPath);
    data.insert(QStringLiteral("hash"), datasetHash);
    data.insert(QStringLiteral("val_from_train"), valFromTrain);
    data.insert(QStringLiteral("augment"), augment);
    if (!extraDataPaths.isEmpty())
        data.insert(QStringLiteral("extra_paths"), QJsonArray::fromStringList(extraDataPaths));
    data.insert(QStringLiteral("workers"), workers);

    QJsonObject recipe;
    recipe.insert(QStringLiteral("epochs"), epochs);
    recipe.insert(QStringLiteral("batch_size"), batchSize);
    recipe.insert(QStringLiteral("max_steps_per_epoch"), maxStepsPerEpoch);
    recipe.insert(QStringLiteral("optimizer"), optimizer);
    recipe.insert(QStringLiteral("learning_rate"), learningRate);
    recipe.insert(QStringLiteral("momentum"), momentum);
    recipe.insert(QStringLiteral("weight_decay"), weightDecay);
    recipe.insert(QStringLiteral("schedule"), schedule);
    recipe.insert(QStringLiteral("step_epochs"), stepEpochs);
    recipe.insert(QStringLiteral("gamma"), gamma);
    recipe.insert(QStringLiteral("plateau_factor"), plateauFactor);
    recipe.insert(QStringLiteral("plateau_patience"), plateauPatience);
    recipe.insert(QStringLiteral("min_learning_rate"), minLearningRate);
    recipe.insert(QStringLiteral("warmup_epochs"), warmupEpochs);
    recipe.insert(QStringLiteral("class_weighting"), classWeighting);
    recipe.insert(QStringLiteral("monitor"), monitor);
    recipe.insert(QStringLiteral("early_stop_patience"), earlyStopPatience);
    recipe.insert(QStringLiteral("gradient_clip_norm"), gradientClipNorm);
    recipe.insert(QStringLiteral("batch_norm_momentum"), batchNormMomentum);
    // JSON numbers are doubles, so the 64-bit seed is kept as text.
    recipe.insert(QStringLiteral("seed"), QString::number(seed));
    if (!initialWeights.isEmpty())
        recipe.insert(QStringLiteral("init_from"), initialWeights);

    QJsonObject json;
    json.insert(QStringLiteral("model"), model);
    json.insert(QStringLiteral("dataset"), data);
    json.insert(QStringLiteral("training"), recipe);
    return json;
}

bool TrainingConfig::fromJson(const QJsonObject &json, TrainingConfig &config, QString *error)
{
    const QJsonObject model = json.value(QStringLiteral("model")).toObject();
    const QJsonObject data = json.value(QStringLiteral("dataset")).toObject();
    const QJsonObject recipe = json.value(QStringLiteral("training")).toObject();
    if (model.isEmpty() || recipe.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("cnnwb::models", "the configuration has no \"model\" or \"training\" section");
        return false;
    }
    TrainingConfig result;
    result.modelId = model.value(QStringLiteral("id")).toString();
    const QJsonObject optionObject = model.value(QStringLiteral("options")).toObject();
    QVector<OptionSpec> specs;
    for (auto it = optionObject.begin(); it != optionObject.end(); ++it) {
        OptionSpec spec;
        spec.key = it.key();
        spec.defaultValue = it.value().toString();
        specs.push_back(spec);
    }
    result.options = OptionValues(specs);
    for (const QJsonValue &name : model.value(QStringLiteral("classes")).toArray())
        result.classNames << name.toString();

    result.dataset = data;
    result.datasetPath = data.value(QStringLiteral("path")).toString();
    result.datasetHash = data.value(QStringLiteral("hash")).toString();
    result.valFromTrain = data.value(QStringLiteral("val_from_train")).toDouble();
    result.augment = data.value(QStringLiteral("augment")).toBool(true);
    for (const QJsonValue &extra : data.value(QStringLiteral("extra_paths")).toArray())
        result.extraDataPaths << extra.toString();
    result.workers = data.value(QStringLiteral("workers")).toInt(2);

    result.epochs = recipe.value(QStringLiteral("epochs")).toInt(result.epochs);
    result.batchSize = recipe.value(QStringLiteral("batch_size")).toInt(result.batchSize);
    result.maxStepsPerEpoch = recipe.value(QStringLiteral("max_steps_per_epoch")).toInt();
    result.optimizer = recipe.value(QStringLiteral("optimizer")).toString(result.optimizer);
    result.learningRate = recipe.value(QStringLiteral("learning_rate")).toDouble(result.learningRate);
    result.momentum = recipe.value(QStringLiteral("momentum")).toDouble(result.momentum);
    result.weightDecay = recipe.value(QStringLiteral("weight_decay")).toDouble();
    result.schedule = recipe.value(QStringLiteral("schedule")).toString(result.schedule);
    result.stepEpochs = recipe.value(QStringLiteral("step_epochs")).toInt(result.stepEpochs);
    result.gamma = recipe.value(QStringLiteral("gamma")).toDouble(result.gamma);
    result.plateauFactor = recipe.value(QStringLiteral("plateau_factor")).toDouble(result.plateauFactor);
    result.plateauPatience = recipe.value(QStringLiteral("plateau_patience")).toInt(result.plateauPatience);
    result.minLearningRate = recipe.value(QStringLiteral("min_learning_rate")).toDouble();
    result.warmupEpochs = recipe.value(QStringLiteral("warmup_epochs")).toInt();
    result.classWeighting = recipe.value(QStringLiteral("class_weighting")).toString(result.classWeighting);
    result.monitor = recipe.value(QStringLiteral("monitor")).toString();
    result.earlyStopPatience = recipe.value(QStringLiteral("early_stop_patience")).toInt();
    result.gradientClipNorm = recipe.value(QStringLiteral("gradient_clip_norm")).toDouble();
    result.batchNormMomentum = recipe.value(QStringLiteral("batch_norm_momentum")).toDouble();
    result.seed = recipe.value(QStringLiteral("seed")).toString(QStringLiteral("1")).toULongLong();
    result.initialWeights = recipe.value(QStringLiteral("init_from")).toString();

    const QString invalid = result.validate();
    if (!invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    config = result;
    return true;
}

} // namespace cnnwb::models
