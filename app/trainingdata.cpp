#include "trainingdata.h"

#include "data/augment.h"
#include "data/dataerror.h"
#include "data/demoem.h"
#include "data/demohanzi.h"
#include "data/emstack.h"
#include "data/gntreader.h"
#include "data/stratifiedsplit.h"
#include "data/subsetsource.h"
#include "data/xrayfolder.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>

#include <stdexcept>

namespace cnnwb::app {
namespace {

[[noreturn]] void fail(const QString &message)
{
    throw std::runtime_error(message.toStdString());
}

QString hashFiles(const QStringList &paths)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &path : paths) {
        const QFileInfo info(path);
        hash.addData(info.fileName().toUtf8());
        hash.addData(QByteArray::number(info.size()));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QVector<int> labelsOf(const data::SampleSource &source)
{
    QVector<int> labels;
    labels.reserve(source.size());
    for (qsizetype i = 0; i < source.size(); ++i)
        labels.push_back(source.label(i));
    return labels;
}

// Moves a stratified FRACTION of TRAIN to validation; VALIDATION (may be null) keeps its
// samples too. Returns the new pair.
std::pair<std::shared_ptr<const data::SampleSource>, std::shared_ptr<const data::SampleSource>>
splitFromTrain(std::shared_ptr<const data::SampleSource> train, double fraction, quint64 seed)
{
    const data::SplitIndices split = data::stratifiedSplit(labelsOf(*train), fraction, seed);
    auto kept = std::make_shared<data::SubsetSource>(train, split.train);
    auto moved = std::make_shared<data::SubsetSource>(train, split.validation);
    return {kept, moved};
}

QString detectFormat(const QString &path)
{
    if (path == QLatin1String("demo"))
        return QStringLiteral("demo");
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (info.isFile()) {
        if (suffix == QLatin1String("gnt"))
            return QStringLiteral("gnt");
        if (suffix == QLatin1String("tif") || suffix == QLatin1String("tiff"))
            return QStringLiteral("em");
        return QString();
    }
    if (!info.isDir())
        return QString();
    const QDir dir(path);
    if (!dir.entryList({QStringLiteral("*.gnt"), QStringLiteral("*.GNT")}, QDir::Files).isEmpty())
        return QStringLiteral("gnt");
    if (dir.exists(QStringLiteral("train-volume.tif")) || dir.exists(QStringLiteral("image")))
        return QStringLiteral("em");
    return QStringLiteral("xray");
}

TrainingData openXray(const models::TrainingConfig &config)
{
    const data::XrayDataset dataset = data::XrayFolder::scan(config.datasetPath);
    TrainingData result;
    result.classNames = dataset.classNames;
    const data::ClassifierAugmenter augmenter = data::makeClassifierAugmenter(
        data::ClassifierAugmentOptions::forXray());
    const QString trainSplit = dataset.hasSplits() ? QStringLiteral("train") : QStringLiteral("all");
    const auto items = dataset.splits.value(trainSplit);
    if (items.isEmpty())
        fail(QCoreApplication::translate("cnnwb::app", "%1 has no training images in %2/; expected the layout "
                "train|val|test/NORMAL|PNEUMONIA/*.jpeg")
                 .arg(config.datasetPath, trainSplit));
    QStringList files;
    for (const auto &item : items)
        files << item.path;
    std::shared_ptr<const data::SampleSource> train = std::make_shared<data::XraySource>(
        items, dataset.classNames, config.datasetPath, data::kXraySide, augmenter);
    std::shared_ptr<const data::SampleSource> validation;
    const auto valItems = dataset.splits.value(QStringLiteral("val"));
    if (!valItems.isEmpty())
        validation = std::make_shared<data::XraySource>(valItems, dataset.classNames, config.datasetPath);
    double fraction = config.valFromTrain;
    if (fraction <= 0 && !validation)
        fraction = 0.1;
    if (fraction > 0) {
        auto [kept, moved] = splitFromTrain(train, fraction, config.seed);
        train = kept;
        validation = moved;
        result.description.insert(QStringLiteral("validation"),
                                  QCoreApplication::translate("cnnwb::app", "%1 of train, stratified, seed %2").arg(fraction).arg(config.seed));
    } else {
        result.description.insert(QStringLiteral("validation"), QStringLiteral("val"));
    }
    result.train = train;
    result.validation = validation;
    result.hash = hashFiles(files);
    return result;
}

TrainingData openGnt(const QString &path, const models::TrainingConfig &config, bool allFound)
{
    data::GntOptions options;
    options.classSet = allFound ? data::GntClassSet::AllFound : data::GntClassSet::Level1;
    auto index = std::make_shared<data::GntIndex>(data::GntIndex::open(path, options));
    if (index->records().empty())
        fail(QCoreApplication::translate("cnnwb::app", "%1 holds no usable character records").arg(path));
    TrainingData result;
    result.classNames = index->classNames();
    const data::ClassifierAugmenter augmenter = data::makeCharacterAugmenter(
        data::ClassifierAugmentOptions::forCharacters());
    std::shared_ptr<const data::SampleSource> train = std::make_shared<data::GntSource>(index, 64, augmenter);
    std::shared_ptr<const data::SampleSource> validation;
    const QString valPath = config.dataset.value(QStringLiteral("val_path")).toString();
    if (!valPath.isEmpty()) {
        auto valIndex = std::make_shared<data::GntIndex>(data::GntIndex::open(valPath, options));
        qsizetype skipped = 0;
        validation = data::remapClasses(std::make_shared<data::GntSource>(valIndex, 64),
                                        result.classNames, &skipped);
    }
    double fraction = config.valFromTrain;
    if (fraction <= 0 && !validation)
        fraction = 0.1;
    if (fraction > 0) {
        auto [kept, moved] = splitFromTrain(train, fraction, config.seed);
        train = kept;
        validation = moved;
    }
    QStringList files;
    for (const QString &file : index->files())
        files << file;
    result.train = train;
    result.validation = validation;
    result.hash = hashFiles(files);
    result.description.insert(QStringLiteral("class_set"), allFound ? QStringLiteral("all-found")
                                                                     : QStringLiteral("level1"));
    return result;
}

TrainingData openEmStack(std::shared_ptr<const data::EmStack> stack, const models::TrainingConfig &config)
{
    QString error;
    const QString trainText = config.dataset.value(QStringLiteral("train_slices")).toString();
    const QString valText = config.dataset.value(QStringLiteral("val_slices")).toString();
    const int count = stack->sliceCount();
    // By default the last sixth of the stack validates (slices 26-30 of ISBI's 30).
    const int firstVal = std::max(1, count - std::max(1, count / 6));
    const QVector<int> trainSlices = data::parseSliceRanges(
        trainText.isEmpty() ? QStringLiteral("1-%1").arg(firstVal) : trainText, count, &error);
    if (trainSlices.isEmpty())
        fail(QCoreApplication::translate("cnnwb::app", "invalid --train-slices: %1").arg(error));
    const QVector<int> valSlices = data::parseSliceRanges(
        valText.isEmpty() ? QStringLiteral("%1-%2").arg(firstVal + 1).arg(count) : valText, count, &error);
    if (valSlices.isEmpty())
        fail(QCoreApplication::translate("cnnwb::app", "invalid --val-slices: %1").arg(error));
    const int crop = config.dataset.value(QStringLiteral("crop")).toInt(256);

    data::SegmentationAugmentOptions augmentOptions;
    TrainingData result;
    result.classNames = {QStringLiteral("membrane")};
    result.train = std::make_shared<data::EmSource>(stack, trainSlices, crop,
                                                    data::makeSegmentationAugmenter(augmentOptions));
    result.validation = std::make_shared<data::EmSource>(stack, valSlices, crop);
    result.description.insert(QStringLiteral("slices"), count);
    result.description.insert(QStringLiteral("membrane_fraction"), stack->membraneFraction());
    return result;
}

} // namespace

QStringList datasetFormats()
{
    return {QStringLiteral("auto"), QStringLiteral("xray"), QStringLiteral("gnt"),
            QStringLiteral("em"), QStringLiteral("demo")};
}

namespace {

// Appends the records of CONFIG's extra .gnt paths to RESULT's training split, numbered by
// RESULT's classes; records of other characters are counted and left out.
void addCharacterData(const models::ModelSpec &spec, const models::TrainingConfig &config,
                      TrainingData &result)
{
    if (spec.task != models::TaskKind::MultiClassClassification)
        fail(QCoreApplication::translate("cnnwb::app", "Added data (--add-data) must be .gnt character files, and %1 does not "
                "classify characters; leave it out or train the hanzi model.")
                 .arg(spec.id));
    const data::ClassifierAugmenter augmenter = data::makeCharacterAugmenter(
        data::ClassifierAugmentOptions::forCharacters());
    QVector<std::shared_ptr<const data::SampleSource>> parts{result.train};
    QStringList files;
    qsizetype added = 0;
    qsizetype outside = 0;
    for (const QString &path : config.extraDataPaths) {
        data::GntOptions options;
        options.classSet = data::GntClassSet::AllFound;
        auto index = std::make_shared<data::GntIndex>(data::GntIndex::open(path, options));
        if (index->records().empty())
            fail(QCoreApplication::translate("cnnwb::app", "%1 holds no usable character records").arg(path));
        qsizetype skipped = 0;
        auto part = data::remapClasses(std::make_shared<data::GntSource>(index, 64, augmenter),
                                       result.classNames, &skipped);
        outside += skipped;
        added += part->size();
        parts.push_back(part);
        files << index->files();
    }
    result.train = std::make_shared<data::ConcatSource>(parts);
    result.hash = hashFiles(files + QStringList{result.hash});
    result.description.insert(QStringLiteral("extra_samples"), double(added));
    result.description.insert(QStringLiteral("extra_outside_classes"), double(outside));
}

} // namespace

TrainingData openTrainingData(const models::ModelSpec &spec, const models::TrainingConfig &config)
{
    QString format = config.dataset.value(QStringLiteral("format")).toString(QStringLiteral("auto"));
    if (format == QLatin1String("auto"))
        format = detectFormat(config.datasetPath);
    if (format.isEmpty())
        fail(QCoreApplication::translate("cnnwb::app", "%1: no dataset found. Expected chest X-ray folders, a .gnt file or folder, "
                "or an EM TIFF stack; or pass \"demo\" for the model's demo set.")
                 .arg(config.datasetPath));

    TrainingData result;
    if (format == QLatin1String("demo")) {
        if (spec.task == models::TaskKind::BinaryClassification)
            fail(QCoreApplication::translate("cnnwb::app", "The X-ray task has no synthetic demo set. Download \"Chest X-Ray Images "
                    "(Pneumonia)\" (Kermany et al. 2018, Mendeley Data, also on Kaggle) and pass "
                    "the folder with train/, val/ and test/, each with NORMAL/ and PNEUMONIA/."));
        if (spec.task == models::TaskKind::MultiClassClassification) {
            data::DemoHanziOptions options;
            const QString preset = config.dataset.value(QStringLiteral("demo_preset")).toString(QStringLiteral("common"));
            options.preset = preset == QLatin1String("level1") ? data::DemoHanziPreset::Level1
                                                               : data::DemoHanziPreset::Common;
            options.samplesPerClass = config.dataset.value(QStringLiteral("demo_samples")).toInt(20);
            options.seed = std::uint32_t(config.seed);
            const data::DemoHanzi generator(options);
            if (!generator.hasFonts())
                fail(QCoreApplication::translate("cnnwb::app", "No CJK font is installed for the demo character set. Install one, "
                        "for example: apt-get install fonts-wqy-microhei fonts-arphic-ukai"));
            const QString path = generator.ensureCached();
            result = openGnt(path, config, true);
            result.description.insert(QStringLiteral("demo_file"), path);
        } else {
            data::DemoEmOptions options;
            options.seed = std::uint32_t(config.seed);
            const data::DemoEm demo(options);
            auto stack = std::make_shared<data::EmStack>();
            stack->imageSource = QStringLiteral("demo");
            for (int i = 0; i < options.slices; ++i) {
                stack->images.push_back(demo.slice(i).image);
                stack->masks.push_back(demo.slice(i).mask);
            }
            stack->labelMax = 1;
            result = openEmStack(stack, config);
            result.hash = QStringLiteral("demo-em-seed-%1").arg(config.seed);
        }
    } else if (format == QLatin1String("xray")) {
        result = openXray(config);
    } else if (format == QLatin1String("gnt")) {
        const bool allFound = config.dataset.value(QStringLiteral("class_set")).toString() == QLatin1String("all-found");
        result = openGnt(config.datasetPath, config, allFound);
    } else if (format == QLatin1String("em")) {
        QString volume = config.datasetPath;
        QString labels = config.dataset.value(QStringLiteral("labels")).toString();
        const QFileInfo info(volume);
        std::shared_ptr<const data::EmStack> stack;
        const auto polarity = config.dataset.value(QStringLiteral("membrane")).toString() == QLatin1String("high")
                                  ? data::LabelPolarity::MembraneHigh
                                  : data::LabelPolarity::MembraneLow;
        if (info.isDir() && QDir(volume).exists(QStringLiteral("image"))) {
            stack = std::make_shared<data::EmStack>(data::loadEmFolder(volume, polarity));
        } else {
            if (info.isDir())
                volume = QDir(volume).filePath(QStringLiteral("train-volume.tif"));
            if (labels.isEmpty()) {
                labels = QFileInfo(volume).dir().filePath(
                    QFileInfo(volume).fileName().replace(QLatin1String("volume"), QLatin1String("labels")));
            }
            if (!QFileInfo::exists(labels))
                fail(QCoreApplication::translate("cnnwb::app", "%1: no label stack found; pass --labels with the matching label TIFF "
                        "(ISBI 2012: train-labels.tif)")
                         .arg(volume));
            stack = std::make_shared<data::EmStack>(data::loadEmTiffPair(volume, labels, polarity));
            result.hash = hashFiles({volume, labels});
        }
        const QString hash = result.hash;
        result = openEmStack(stack, config);
        result.hash = hash;
    } else {
        fail(QCoreApplication::translate("cnnwb::app", "unknown dataset format \"%1\"; valid: %2").arg(format, datasetFormats().join(QLatin1String(", "))));
    }

    if (!config.extraDataPaths.isEmpty())
        addCharacterData(spec, config, result);

    if (spec.task == models::TaskKind::Segmentation && result.train->label(0) >= 0)
        fail(QCoreApplication::translate("cnnwb::app", "%1 is a classification dataset, but %2 segments images").arg(config.datasetPath, spec.id));
    if (spec.task != models::TaskKind::Segmentation && !result.train->size())
        fail(QCoreApplication::translate("cnnwb::app", "%1 holds no training samples").arg(config.datasetPath));
    result.description.insert(QStringLiteral("format"), format);
    result.description.insert(QStringLiteral("train_samples"), double(result.train->size()));
    result.description.insert(QStringLiteral("val_samples"),
                              double(result.validation ? result.validation->size() : 0));
    return result;
}

std::shared_ptr<const data::SampleSource> openEvaluationData(const models::ModelSpec &spec,
                                                             const models::TrainingConfig &config,
                                                             const QString &path, const QString &split,
                                                             const QString &slices, qsizetype *skipped)
{
    models::TrainingConfig evaluation = config;
    if (!path.isEmpty()) {
        evaluation.datasetPath = path;
        evaluation.dataset = QJsonObject();
        evaluation.dataset.insert(QStringLiteral("membrane"), config.dataset.value(QStringLiteral("membrane")));
        evaluation.dataset.insert(QStringLiteral("crop"), config.dataset.value(QStringLiteral("crop")));
    }
    QString format = evaluation.dataset.value(QStringLiteral("format")).toString(QStringLiteral("auto"));
    if (format == QLatin1String("auto") || !path.isEmpty())
        format = detectFormat(evaluation.datasetPath);
    if (skipped)
        *skipped = 0;

    if (spec.task == models::TaskKind::Segmentation) {
        const QString all = QStringLiteral("1-%1");
        evaluation.dataset.insert(QStringLiteral("train_slices"), slices.isEmpty() ? QStringLiteral("1") : slices);
        TrainingData data;
        if (format == QLatin1String("demo")) {
            evaluation.dataset.insert(QStringLiteral("format"), QStringLiteral("demo"));
            evaluation.dataset.insert(QStringLiteral("val_slices"), slices.isEmpty() ? all.arg(30) : slices);
            data = openTrainingData(spec, evaluation);
        } else {
            evaluation.dataset.insert(QStringLiteral("format"), QStringLiteral("em"));
            // The slice count is known only after loading, so "all" is resolved by a first open.
            evaluation.dataset.insert(QStringLiteral("val_slices"), slices.isEmpty() ? QStringLiteral("1") : slices);
            data = openTrainingData(spec, evaluation);
            if (slices.isEmpty()) {
                const int count = int(data.description.value(QStringLiteral("slices")).toInt());
                evaluation.dataset.insert(QStringLiteral("val_slices"), all.arg(count));
                data = openTrainingData(spec, evaluation);
            }
        }
        return data.validation;
    }

    std::shared_ptr<const data::SampleSource> source;
    if (format == QLatin1String("xray")) {
        const data::XrayDataset dataset = data::XrayFolder::scan(evaluation.datasetPath);
        const QString chosen = dataset.hasSplits() ? (split.isEmpty() ? QStringLiteral("test") : split)
                                                   : QStringLiteral("all");
        const auto items = dataset.splits.value(chosen);
        if (items.isEmpty())
            fail(QCoreApplication::translate("cnnwb::app", "%1 has no images in the split \"%2\"; splits found: %3")
                     .arg(evaluation.datasetPath, chosen, dataset.splitNames.join(QLatin1String(", "))));
        source = std::make_shared<data::XraySource>(items, dataset.classNames, evaluation.datasetPath);
    } else if (format == QLatin1String("gnt")) {
        data::GntOptions options;
        options.classSet = data::GntClassSet::AllFound;
        auto index = std::make_shared<data::GntIndex>(data::GntIndex::open(evaluation.datasetPath, options));
        source = std::make_shared<data::GntSource>(index, 64);
    } else if (format == QLatin1String("demo")) {
        evaluation.valFromTrain = 0.1;
        return openTrainingData(spec, evaluation).validation;
    } else {
        fail(QCoreApplication::translate("cnnwb::app", "%1: no classification dataset found").arg(evaluation.datasetPath));
    }
    return data::remapClasses(source, config.classNames, skipped);
}

} // namespace cnnwb::app
