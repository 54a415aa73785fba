#include "commands.h"

#include "data/dataerror.h"
#include "data/emstack.h"
#include "data/gb2312.h"
#include "data/gntreader.h"
#include "data/imagedecode.h"
#include "data/stratifiedsplit.h"
#include "data/tiffstack.h"
#include "data/xrayfolder.h"

#include <algorithm>
#include <exception>
#include <limits>
#include <map>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QTextStream>

namespace cnnwb::app {
namespace {

QString pageCount(int count)
{
    return count == 1 ? QCoreApplication::translate("cnnwb::app", "1 page") : QCoreApplication::translate("cnnwb::app", "%1 pages").arg(count);
}

QString channelName(int components)
{
    switch (components) {
    case 1:
        return QCoreApplication::translate("cnnwb::app", "grey");
    case 2:
        return QCoreApplication::translate("cnnwb::app", "grey with alpha");
    case 3:
        return QCoreApplication::translate("cnnwb::app", "colour");
    default:
        return QCoreApplication::translate("cnnwb::app", "CMYK or RGBA");
    }
}

/// A validation split below this many images moves accuracy by more than one point per
/// image, too coarse to compare epochs or pick a checkpoint.
constexpr qsizetype kSmallValidation = 100;

/// Default share of the training split that the suggested re-split moves to validation.
constexpr double kSuggestedFraction = 0.1;

QString percent(double fraction)
{
    return QStringLiteral("%1%").arg(fraction * 100.0, 0, 'f', 1);
}

QString range(int low, int high)
{
    return low == high ? QString::number(low) : QStringLiteral("%1–%2").arg(low).arg(high);
}

/// Running minimum and maximum of image sizes.
struct SizeRange
{
    int minWidth = std::numeric_limits<int>::max();
    int maxWidth = 0;
    int minHeight = std::numeric_limits<int>::max();
    int maxHeight = 0;

    void add(int width, int height)
    {
        minWidth = std::min(minWidth, width);
        maxWidth = std::max(maxWidth, width);
        minHeight = std::min(minHeight, height);
        maxHeight = std::max(maxHeight, height);
    }
    bool isEmpty() const { return maxWidth == 0; }
    QString text() const
    {
        return QCoreApplication::translate("cnnwb::app", "width %1, height %2 pixels")
            .arg(range(minWidth, maxWidth), range(minHeight, maxHeight));
    }
};

void printProblems(const QStringList &problems, QTextStream &out)
{
    if (problems.isEmpty()) {
        out << QCoreApplication::translate("cnnwb::app", "Problems: none found.\n");
        return;
    }
    out << QCoreApplication::translate("cnnwb::app", "Problems (%1):\n").arg(problems.size());
    for (const QString &problem : problems)
        out << "  - " << problem << '\n';
}

QString relativeTo(const QString &root, const QString &path)
{
    return QDir(root).relativeFilePath(path);
}

// --- chest X-ray folders -------------------------------------------------------------------

void printBalance(const data::XrayDataset &dataset, const QString &split, QTextStream &out)
{
    const qsizetype total = dataset.splits.value(split).size();
    if (total == 0)
        return;
    QStringList shares;
    qsizetype majority = 0;
    int majorityClass = 0;
    for (int label = 0; label < dataset.classNames.size(); ++label) {
        const qsizetype count = dataset.count(split, label);
        shares << QStringLiteral("%1 %2").arg(dataset.classNames.at(label),
                                              percent(double(count) / double(total)));
        if (count > majority) {
            majority = count;
            majorityClass = label;
        }
    }
    out << QCoreApplication::translate("cnnwb::app", "  %1: %2; majority-class baseline accuracy %3 (always %4)\n")
               .arg(split, shares.join(QLatin1String(", ")),
                    percent(double(majority) / double(total)),
                    dataset.classNames.at(majorityClass));
}

void suggestResplit(const data::XrayDataset &dataset, quint64 seed, QTextStream &out)
{
    const QString trainName = dataset.hasSplits() ? QStringLiteral("train") : QStringLiteral("all");
    const QVector<data::XrayItem> train = dataset.splits.value(trainName);
    const qsizetype validation = dataset.splits.value(QStringLiteral("val")).size();
    if (train.isEmpty() || (dataset.hasSplits() && validation >= kSmallValidation))
        return;

    if (dataset.splits.contains(QStringLiteral("val")))
        out << QCoreApplication::translate("cnnwb::app", "\nThe validation split has only %1 images, so one image moves validation "
                  "accuracy by %2 points: too coarse to compare epochs or choose a checkpoint.\n")
                   .arg(validation)
                   .arg(validation > 0 ? 100.0 / double(validation) : 100.0, 0, 'f', 1);
    else
        out << QCoreApplication::translate("cnnwb::app", "\nThere is no separate validation split.\n");

    QVector<int> labels;
    for (const data::XrayItem &item : train)
        labels << item.label;
    const data::SplitIndices split = data::stratifiedSplit(labels, kSuggestedFraction, seed);
    QStringList trainCounts;
    QStringList validationCounts;
    for (int label = 0; label < dataset.classNames.size(); ++label) {
        auto countLabel = [&](const QVector<qsizetype> &indices) {
            return std::count_if(indices.cbegin(), indices.cend(),
                                 [&](qsizetype i) { return labels.at(i) == label; });
        };
        trainCounts << QString::number(countLabel(split.train));
        validationCounts << QString::number(countLabel(split.validation));
    }
    out << QCoreApplication::translate("cnnwb::app", "A seeded, stratified re-split moving %1 of \"%2\" to validation gives %2 %3 and "
              "validation %4 (%5).\n")
               .arg(percent(kSuggestedFraction), trainName, trainCounts.join(QLatin1Char('/')),
                    validationCounts.join(QLatin1Char('/')),
                    dataset.classNames.join(QLatin1Char('/')));
    out << QCoreApplication::translate("cnnwb::app", "To train with it, add: --val-from-train %1 --seed %2\n")
               .arg(kSuggestedFraction)
               .arg(seed);
}

int checkXray(const QString &path, quint64 seed, QTextStream &out)
{
    const data::XrayDataset dataset = data::XrayFolder::scan(path);
    QStringList problems;
    QStringList notes;
    SizeRange sizes;
    std::map<data::ImageFormat, int> formats;
    std::map<int, int> channels;
    QMap<QByteArray, QStringList> byHash;
    qsizetype total = 0;

    for (const QString &split : dataset.splitNames) {
        for (const data::XrayItem &item : dataset.splits.value(split)) {
            ++total;
            const QString name = relativeTo(path, item.path);
            QFile file(item.path);
            if (!file.open(QIODevice::ReadOnly)) {
                problems << QCoreApplication::translate("cnnwb::app", "%1: cannot open the file: %2").arg(name, file.errorString());
                continue;
            }
            const QByteArray bytes = file.readAll();
            byHash[QCryptographicHash::hash(bytes, QCryptographicHash::Sha256)] << name;
            try {
                const data::DecodedImage decoded = data::decodeImage(bytes, name, data::kXraySide);
                sizes.add(decoded.header.orientedWidth(), decoded.header.orientedHeight());
                ++formats[decoded.header.format];
                ++channels[decoded.header.components];
                const QString suffix = QFileInfo(item.path).suffix().toLower();
                const bool jpegName = suffix == QLatin1String("jpeg") || suffix == QLatin1String("jpg");
                if (jpegName != (decoded.header.format == data::ImageFormat::Jpeg))
                    notes << QCoreApplication::translate("cnnwb::app", "%1 contains a %2 image; it is decoded by its content")
                                 .arg(name, data::imageFormatName(decoded.header.format));
            } catch (const data::DataError &error) {
                problems << QCoreApplication::translate("cnnwb::app", "unreadable: %1").arg(error.message());
            }
        }
    }

    out << QCoreApplication::translate("cnnwb::app", "Format: chest X-ray image folders (%1), %2 images\n")
               .arg(dataset.hasSplits() ? QCoreApplication::translate("cnnwb::app", "train/val/test × NORMAL/PNEUMONIA")
                                        : QCoreApplication::translate("cnnwb::app", "one folder per class"))
               .arg(total);
    out << QCoreApplication::translate("cnnwb::app", "Counts per split (%1):\n").arg(dataset.classNames.join(QLatin1Char('/')));
    for (const QString &split : dataset.splitNames) {
        QStringList counts;
        for (int label = 0; label < dataset.classNames.size(); ++label)
            counts << QString::number(dataset.count(split, label));
        out << QStringLiteral("  %1 %2 (%3)\n")
                   .arg(split + QLatin1Char(':'), -7)
                   .arg(counts.join(QLatin1Char('/')))
                   .arg(QCoreApplication::translate("cnnwb::app", "total %1").arg(dataset.splits.value(split).size()));
    }
    if (!sizes.isEmpty())
        out << QCoreApplication::translate("cnnwb::app", "Image sizes: %1\n").arg(sizes.text());
    QStringList formatText;
    for (const auto &[format, count] : formats)
        formatText << QStringLiteral("%1 %2").arg(data::imageFormatName(format)).arg(count);
    QStringList channelText;
    for (const auto &[components, count] : channels)
        channelText << QStringLiteral("%1 %2").arg(channelName(components)).arg(count);
    if (!formatText.isEmpty())
        out << QCoreApplication::translate("cnnwb::app", "Encodings: %1; %2\n")
                   .arg(formatText.join(QLatin1String(", ")), channelText.join(QLatin1String(", ")));

    out << QCoreApplication::translate("cnnwb::app", "Class balance:\n");
    for (const QString &split : dataset.splitNames)
        printBalance(dataset, split, out);

    for (auto it = byHash.cbegin(); it != byHash.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        QStringList splits;
        for (const QString &name : it.value())
            splits << name.section(QLatin1Char('/'), 0, 0);
        splits.removeDuplicates();
        problems << (dataset.hasSplits() && splits.size() > 1
                         ? QCoreApplication::translate("cnnwb::app", "identical content in different splits (%1), which leaks images "
                              "between them: %2")
                               .arg(splits.join(QLatin1String(", ")),
                                    it.value().join(QLatin1String(", ")))
                         : QCoreApplication::translate("cnnwb::app", "identical content: %1").arg(it.value().join(QLatin1String(", "))));
    }
    for (const QString &file : dataset.ignoredFiles)
        notes << QCoreApplication::translate("cnnwb::app", "%1 is not a .jpeg, .jpg or .png image and is ignored")
                     .arg(relativeTo(path, file));
    for (const QString &folder : dataset.ignoredFolders)
        notes << QCoreApplication::translate("cnnwb::app", "%1/ matches no split or class name and is ignored").arg(relativeTo(path, folder));

    printProblems(problems, out);
    for (const QString &note : notes)
        out << QCoreApplication::translate("cnnwb::app", "Note: %1\n").arg(note);
    suggestResplit(dataset, seed, out);
    return problems.isEmpty() ? 0 : 1;
}

// --- CASIA HWDB .gnt files -----------------------------------------------------------------

int checkGnt(const QString &path, QTextStream &out)
{
    const data::GntIndex index = data::GntIndex::open(path, {data::GntClassSet::AllFound, false});
    const std::vector<data::GntRecord> &records = index.records();

    SizeRange sizes;
    std::map<int, qsizetype> perClass;
    qsizetype level1Samples = 0;
    for (const data::GntRecord &record : records) {
        sizes.add(record.width, record.height);
        ++perClass[record.label];
        if (data::gb2312::isLevel1(record.code))
            ++level1Samples;
    }
    qsizetype level1Classes = 0;
    for (const std::uint16_t code : index.classCodes())
        level1Classes += data::gb2312::isLevel1(code) ? 1 : 0;

    out << QCoreApplication::translate("cnnwb::app", "Format: CASIA HWDB .gnt character records, files: %1\n").arg(index.files().size());
    out << QCoreApplication::translate("cnnwb::app", "Samples: %1 in %2 distinct characters\n")
               .arg(records.size())
               .arg(index.classNames().size());
    if (level1Samples == qsizetype(records.size()))
        out << QCoreApplication::translate("cnnwb::app", "Character set: all samples are GB2312 level 1 (%1 of the %2 level-1 "
                  "characters present)\n")
                   .arg(level1Classes)
                   .arg(data::gb2312::kLevel1Count);
    else
        out << QCoreApplication::translate("cnnwb::app", "Character set: %1 samples in %2 characters are GB2312 level 1; %3 samples "
                  "fall outside and are skipped when training on level 1\n")
                   .arg(level1Samples)
                   .arg(level1Classes)
                   .arg(qsizetype(records.size()) - level1Samples);
    if (!sizes.isEmpty())
        out << QCoreApplication::translate("cnnwb::app", "Bitmap sizes: %1\n").arg(sizes.text());
    if (!perClass.empty()) {
        qsizetype fewest = std::numeric_limits<qsizetype>::max();
        qsizetype most = 0;
        for (const auto &[label, count] : perClass) {
            fewest = std::min(fewest, count);
            most = std::max(most, count);
        }
        out << QCoreApplication::translate("cnnwb::app", "Class balance: samples per character %1; majority-class baseline accuracy "
                  "%2\n")
                   .arg(fewest == most ? QString::number(most)
                                       : QStringLiteral("%1–%2").arg(fewest).arg(most),
                        percent(double(most) / double(records.size())));
    }
    QStringList problems;
    for (const data::DataError &problem : index.problems())
        problems << problem.message();
    printProblems(problems, out);
    return problems.isEmpty() ? 0 : 1;
}

// --- EM stacks -----------------------------------------------------------------------------

QString describeTiff(const QString &path)
{
    const data::TiffStack stack(path);
    const data::TiffPageInfo info = stack.pageInfo(0);
    const QString compression = info.compression == 1   ? QCoreApplication::translate("cnnwb::app", "uncompressed")
                                : info.compression == 5 ? QStringLiteral("LZW")
                                : info.compression == 8 || info.compression == 32946
                                    ? QStringLiteral("Deflate")
                                : info.compression == 32773 ? QStringLiteral("PackBits")
                                                            : QCoreApplication::translate("cnnwb::app", "compression %1").arg(info.compression);
    return QCoreApplication::translate("cnnwb::app", "%1: %2, %3×%4, %5-bit%6, %7")
        .arg(QFileInfo(path).fileName(), pageCount(stack.pageCount()))
        .arg(info.width)
        .arg(info.height)
        .arg(info.bitsPerSample)
        .arg(info.floatingPoint ? QCoreApplication::translate("cnnwb::app", " float") : QString())
        .arg(compression);
}

void printEmLabels(const data::EmStack &stack, data::LabelPolarity polarity, QTextStream &out)
{
    const bool low = polarity == data::LabelPolarity::MembraneLow;
    out << QCoreApplication::translate("cnnwb::app", "Labels: values %1–%2, membrane = %3 values (--membrane %4)\n")
               .arg(stack.labelMin)
               .arg(stack.labelMax)
               .arg(low ? QCoreApplication::translate("cnnwb::app", "low") : QCoreApplication::translate("cnnwb::app", "high"), low ? QStringLiteral("low") : QStringLiteral("high"));
    double fewest = 1.0;
    double most = 0.0;
    for (int slice = 0; slice < stack.sliceCount(); ++slice) {
        fewest = std::min(fewest, stack.membraneFraction(slice));
        most = std::max(most, stack.membraneFraction(slice));
    }
    const double fraction = stack.membraneFraction();
    out << QCoreApplication::translate("cnnwb::app", "Membrane fraction: %1 of label pixels (per slice %2–%3)\n")
               .arg(percent(fraction), percent(fewest), percent(most));
    const bool cellMajority = fraction <= 0.5;
    out << QCoreApplication::translate("cnnwb::app", "Class balance: predicting \"%1\" everywhere gives %2 pixel accuracy, the "
              "baseline to beat\n")
               .arg(cellMajority ? QCoreApplication::translate("cnnwb::app", "cell") : QCoreApplication::translate("cnnwb::app", "membrane"),
                    percent(cellMajority ? 1.0 - fraction : fraction));
}

/// Returns the label stack that belongs to VOLUME ("x-volume.tif" -> "x-labels.tif"), or an
/// empty string.
QString labelPartner(const QString &volume)
{
    const QFileInfo info(volume);
    QString name = info.fileName();
    if (!name.contains(QLatin1String("volume"), Qt::CaseInsensitive))
        return QString();
    name.replace(QLatin1String("volume"), QLatin1String("labels"), Qt::CaseInsensitive);
    const QString partner = info.dir().filePath(name);
    return QFileInfo::exists(partner) ? partner : QString();
}

int checkEmTiffs(const QStringList &volumes, data::LabelPolarity polarity, QTextStream &out)
{
    out << QCoreApplication::translate("cnnwb::app", "Format: EM image stacks (multi-page TIFF)\n");
    QStringList problems;
    for (const QString &volume : volumes) {
        const QString labels = labelPartner(volume);
        try {
            out << describeTiff(volume) << '\n';
            if (labels.isEmpty()) {
                out << QCoreApplication::translate("cnnwb::app", "  no label stack (a test volume)\n");
                continue;
            }
            out << describeTiff(labels) << '\n';
            const data::EmStack stack = data::loadEmTiffPair(volume, labels, polarity);
            printEmLabels(stack, polarity, out);
        } catch (const data::DataError &error) {
            problems << error.message();
        }
    }
    printProblems(problems, out);
    return problems.isEmpty() ? 0 : 1;
}

int checkEmFolder(const QString &path, data::LabelPolarity polarity, QTextStream &out)
{
    out << QCoreApplication::translate("cnnwb::app", "Format: EM slices as image/N and label/N files\n");
    QStringList problems;
    try {
        const data::EmStack stack = data::loadEmFolder(path, polarity);
        out << QCoreApplication::translate("cnnwb::app", "Slices: %1 of %2×%3 pixels\n")
                   .arg(stack.sliceCount())
                   .arg(stack.sliceSize().width)
                   .arg(stack.sliceSize().height);
        printEmLabels(stack, polarity, out);
    } catch (const data::DataError &error) {
        problems << error.message();
    }
    printProblems(problems, out);
    return problems.isEmpty() ? 0 : 1;
}

// --- format detection ----------------------------------------------------------------------

bool hasSuffix(const QString &path, std::initializer_list<const char *> suffixes)
{
    const QString suffix = QFileInfo(path).suffix();
    return std::any_of(suffixes.begin(), suffixes.end(), [&suffix](const char *candidate) {
        return suffix.compare(QLatin1String(candidate), Qt::CaseInsensitive) == 0;
    });
}

int checkPath(const QString &path, quint64 seed, data::LabelPolarity polarity, QTextStream &out)
{
    const QFileInfo info(path);
    if (info.isFile()) {
        if (hasSuffix(path, {"gnt"}))
            return checkGnt(path, out);
        if (hasSuffix(path, {"tif", "tiff"}))
            return checkEmTiffs({path}, polarity, out);
        throw data::DataError(path, QString(), QCoreApplication::translate("cnnwb::app", "not a dataset file (.gnt, .tif or .tiff)"),
                              QCoreApplication::translate("cnnwb::app", "Pass a .gnt file, a TIFF stack or a dataset folder"));
    }

    const QDir folder(path);
    const QFileInfoList files = folder.entryInfoList(QDir::Files, QDir::Name);
    if (std::any_of(files.cbegin(), files.cend(), [](const QFileInfo &file) {
            return !file.fileName().startsWith(QLatin1Char('.')) && hasSuffix(file.fileName(), {"gnt"});
        }))
        return checkGnt(path, out);
    if (folder.exists(QStringLiteral("image")) && folder.exists(QStringLiteral("label")))
        return checkEmFolder(path, polarity, out);

    QStringList volumes;
    for (const QFileInfo &file : files) {
        const QString name = file.fileName();
        if (!name.startsWith(QLatin1Char('.')) && hasSuffix(name, {"tif", "tiff"})
            && !name.contains(QLatin1String("label"), Qt::CaseInsensitive))
            volumes << file.filePath();
    }
    if (!volumes.isEmpty())
        return checkEmTiffs(volumes, polarity, out);
    return checkXray(path, seed, out);
}

} // namespace

int runDatasetCommand(const QStringList &arguments, CommandStreams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cnnwb::app", "\"dataset check PATH\" finds the dataset format of PATH (chest X-ray folders, "
           "CASIA HWDB .gnt files or EM TIFF stacks) and prints the counts per split and "
           "class, image sizes, class balance with the majority-class baseline, and problems: "
           "unreadable files, duplicate content and image/label mismatches. Exit code 0 means "
           "no problems, 1 problems found, 2 invalid arguments or no dataset found."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("check"), QCoreApplication::translate("cnnwb::app", "The action; only \"check\" exists."));
    parser.addPositionalArgument(QStringLiteral("PATH"), QCoreApplication::translate("cnnwb::app", "Dataset folder or file."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("seed"),
        QCoreApplication::translate("cnnwb::app", "Seed of the suggested stratified re-split of the training split (default 1)."),
        QCoreApplication::translate("cnnwb::app", "N"), QStringLiteral("1")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("membrane"),
        QCoreApplication::translate("cnnwb::app", "Which EM label values are membrane: \"low\" (default, ISBI 2012: 0 = membrane, "
           "255 = cell) or \"high\"."),
        QCoreApplication::translate("cnnwb::app", "low|high"), QStringLiteral("low")));
    if (const int code = parseCommand(parser, arguments, streams); code >= 0)
        return code;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != QLatin1String("check")) {
        streams.err << QCoreApplication::translate("cnnwb::app", "Usage: cnn-workbench dataset check PATH\n")
                    << QCoreApplication::translate("cnnwb::app", "Run \"cnn-workbench dataset --help\" for the options.\n");
        return 2;
    }
    bool seedOk = false;
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk) {
        streams.err << QCoreApplication::translate("cnnwb::app", "Invalid --seed \"%1\": expected a non-negative integer\n")
                           .arg(parser.value(QStringLiteral("seed")));
        return 2;
    }
    const QString membrane = parser.value(QStringLiteral("membrane"));
    if (membrane != QLatin1String("low") && membrane != QLatin1String("high")) {
        streams.err << QCoreApplication::translate("cnnwb::app", "Invalid --membrane \"%1\": expected low or high\n").arg(membrane);
        return 2;
    }
    const auto polarity = membrane == QLatin1String("low") ? data::LabelPolarity::MembraneLow
                                                           : data::LabelPolarity::MembraneHigh;
    const QString path = positional.at(1);
    if (!QFileInfo::exists(path)) {
        streams.err << QCoreApplication::translate("cnnwb::app", "%1: the file or folder does not exist\n").arg(path);
        return 2;
    }

    try {
        return checkPath(QDir::cleanPath(path), seed, polarity, streams.out);
    } catch (const data::DataError &error) {
        streams.err << error.message() << '\n';
        return 2;
    } catch (const std::exception &error) {
        streams.err << QCoreApplication::translate("cnnwb::app", "Checking %1 failed: %2\n").arg(path, QString::fromLocal8Bit(error.what()));
        return 1;
    }
}

} // namespace cnnwb::app
