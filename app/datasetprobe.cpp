#include "datasetprobe.h"

#include "commands.h"
#include "trainingdata.h"

#include "data/dataerror.h"
#include "data/samplesource.h"
#include "data/xrayfolder.h"
#include "models/errors.h"
#include "models/zoo.h"

#include <algorithm>
#include <exception>

#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>
#include <QtCore/QTextStream>

namespace cnnwb::app {
namespace {

/// A majority class above this share makes plain accuracy misleading.
constexpr double kImbalancedShare = 0.7;

QVector<qint64> countLabels(const data::SampleSource *source, int classes)
{
    QVector<qint64> counts(std::max(classes, 1), 0);
    if (!source)
        return counts;
    if (classes <= 0) {
        counts[0] = source->size();
        return counts;
    }
    for (qsizetype i = 0; i < source->size(); ++i) {
        const int label = source->label(i);
        if (label >= 0 && label < classes)
            ++counts[label];
    }
    return counts;
}

QString runCheckCommand(const QString &path, quint64 seed, bool *problems)
{
    QString output;
    QString errors;
    QTextStream out(&output);
    QTextStream err(&errors);
    const int code = runDatasetCommand({QStringLiteral("dataset"), QStringLiteral("check"), path,
                                        QStringLiteral("--seed"), QString::number(seed)},
                                       {out, err});
    out.flush();
    err.flush();
    *problems = code != 0;
    return errors.isEmpty() ? output : output + QLatin1Char('\n') + errors;
}

void addBaseline(DatasetReport &report)
{
    if (report.segmentation)
        return;
    const int validation = int(report.splitNames.indexOf(QStringLiteral("validation")));
    const int split = validation >= 0 && report.validationSamples > 0 ? validation : 0;
    const QVector<qint64> &counts = report.counts.at(split);
    qint64 total = 0;
    for (qint64 count : counts)
        total += count;
    if (total == 0)
        return;
    const auto largest = std::max_element(counts.cbegin(), counts.cend());
    report.majorityBaseline = double(*largest) / double(total);
    report.majorityClass = report.classNames.value(int(largest - counts.cbegin()));
}

void addWarnings(DatasetReport &report)
{
    if (report.segmentation)
        return;
    if (report.validationSamples < kSmallValidationSplit) {
        report.smallValidation = true;
        report.warnings
            << QCoreApplication::translate("cnnwb::app", "The validation split has only %1 samples, so one sample moves validation "
                  "accuracy by %2 points: too coarse to compare epochs. Move a seeded, "
                  "stratified share of the training split to validation instead.")
                   .arg(report.validationSamples)
                   .arg(report.validationSamples > 0 ? 100.0 / double(report.validationSamples)
                                                     : 100.0,
                        0, 'f', 1);
    }
    const QVector<qint64> &train = report.counts.value(0);
    qint64 total = 0;
    for (qint64 count : train)
        total += count;
    if (total > 0 && train.size() > 1) {
        const qint64 largest = *std::max_element(train.cbegin(), train.cend());
        if (double(largest) / double(total) > kImbalancedShare)
            report.warnings
                << QCoreApplication::translate("cnnwb::app", "The classes are imbalanced: the largest has %1% of the training "
                      "split. Consider class weighting.")
                       .arg(100.0 * double(largest) / double(total), 0, 'f', 1);
    }
}

} // namespace

DatasetReport probeDataset(const QString &modelId, const QString &path, const QJsonObject &settings,
                           double valFromTrain, quint64 seed)
{
    DatasetReport report;
    report.path = path;
    report.modelId = modelId;
    const models::ModelSpec *spec = models::Zoo::instance().find(modelId);
    if (!spec) {
        report.error = QCoreApplication::translate("cnnwb::app", "Unknown model \"%1\".").arg(modelId);
        return report;
    }
    if (path.isEmpty()) {
        report.error = QCoreApplication::translate("cnnwb::app", "Choose a dataset folder or file first.");
        return report;
    }
    report.segmentation = spec->task == models::TaskKind::Segmentation;

    try {
        models::TrainingConfig config;
        config.modelId = modelId;
        config.datasetPath = path;
        config.dataset = settings;
        config.valFromTrain = valFromTrain;
        config.seed = seed;
        const TrainingData data = openTrainingData(*spec, config);
        report.format = data.description.value(QStringLiteral("format")).toString();
        const int classes = report.segmentation ? 0 : int(data.classNames.size());
        report.classNames = report.segmentation ? QStringList{QCoreApplication::translate("cnnwb::app", "samples")} : data.classNames;
        report.splitNames = {QStringLiteral("train"), QStringLiteral("validation")};
        report.counts = {countLabels(data.train.get(), classes),
                         countLabels(data.validation.get(), classes)};
        report.trainSamples = data.train ? data.train->size() : 0;
        report.validationSamples = data.validation ? data.validation->size() : 0;

        // X-ray folders also hold a test split that training never reads.
        if (report.format == QLatin1String("xray")) {
            const data::XrayDataset dataset = data::XrayFolder::scan(path);
            if (dataset.splits.contains(QStringLiteral("test"))) {
                QVector<qint64> test;
                for (int label = 0; label < dataset.classNames.size(); ++label)
                    test << dataset.count(QStringLiteral("test"), label);
                report.splitNames << QStringLiteral("test");
                report.counts << test;
            }
        }
    } catch (const data::DataError &e) {
        report.error = e.message();
        return report;
    } catch (const std::exception &e) {
        report.error = models::exceptionMessage(e);
        return report;
    } catch (...) {
        report.error = QCoreApplication::translate("cnnwb::app", "Opening %1 failed with an unknown error.").arg(path);
        return report;
    }

    addBaseline(report);
    addWarnings(report);
    if (path != QLatin1String("demo") && QFileInfo::exists(path)) {
        bool problems = false;
        report.details = runCheckCommand(path, seed, &problems);
        if (problems)
            report.warnings << QCoreApplication::translate("cnnwb::app", "The dataset check found problems; see its report below.");
    }
    return report;
}

} // namespace cnnwb::app
