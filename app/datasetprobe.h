#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QVector>

namespace cnnwb::app {

/// The dataset summary the training page shows before a run: counts per split and class,
/// the majority-class baseline, warnings and the text of "cnn-workbench dataset check".
struct DatasetReport
{
    QString path;
    QString modelId;
    QString error;  ///< non-empty when the dataset could not be opened
    QString format; ///< xray, gnt, em or demo
    bool segmentation = false;
    QStringList classNames;          ///< classifiers; segmentation has one "samples" column
    QStringList splitNames;          ///< "train", "validation", and "test" for X-ray folders
    QVector<QVector<qint64>> counts; ///< [split][class] sample counts
    qint64 trainSamples = 0;
    qint64 validationSamples = 0;
    double majorityBaseline =
        -1; ///< validation accuracy of always guessing the largest class; -1 = none
    QString majorityClass;
    bool smallValidation = false; ///< the validation split is too small to compare epochs
    QStringList warnings;
    QString details; ///< output of the dataset check; empty for demo sets
};

/// Validation splits below this many samples move accuracy by more than a point per sample.
inline constexpr qint64 kSmallValidationSplit = 100;

/// Opens the dataset at PATH for the model MODEL_ID with the format SETTINGS (as in
/// TrainingConfig::dataset), VAL_FROM_TRAIN and SEED, counts it as a run would see it,
/// and runs the dataset check. Blocks for as long as reading the dataset takes, so call
/// it off the GUI thread. Never throws: failures end up in DatasetReport::error.
DatasetReport probeDataset(const QString &modelId, const QString &path, const QJsonObject &settings,
                           double valFromTrain, quint64 seed);

} // namespace cnnwb::app
