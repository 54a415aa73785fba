#include "xrayfolder.h"

#include <algorithm>

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>

#include "dataerror.h"

namespace cnnwb::data {
namespace {

const QStringList &splitOrder()
{
    static const QStringList names{QStringLiteral("train"), QStringLiteral("val"),
                                   QStringLiteral("test")};
    return names;
}

/// Returns true for files and folders that operating systems and archivers leave behind.
bool isJunk(const QString &name)
{
    return name.startsWith(QLatin1Char('.')) || name == QLatin1String("__MACOSX")
           || name.compare(QLatin1String("Thumbs.db"), Qt::CaseInsensitive) == 0
           || name.compare(QLatin1String("desktop.ini"), Qt::CaseInsensitive) == 0;
}

bool isImageName(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    return suffix == QLatin1String("jpeg") || suffix == QLatin1String("jpg")
           || suffix == QLatin1String("png");
}

int indexOfName(const QStringList &names, const QString &name)
{
    for (int i = 0; i < names.size(); ++i) {
        if (names.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QFileInfoList listEntries(const QString &folder, QDir::Filters filters)
{
    // QDir::Hidden lists dot-files too, so isJunk() decides for every platform alike.
    return QDir(folder).entryInfoList(filters | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

void collectClassFolder(const QString &folder, int label, QVector<XrayItem> &items,
                        XrayDataset &dataset)
{
    for (const QFileInfo &entry : listEntries(folder, QDir::Files | QDir::Dirs)) {
        if (isJunk(entry.fileName()))
            continue;
        if (entry.isDir())
            dataset.ignoredFolders << entry.filePath();
        else if (isImageName(entry.fileName()))
            items << XrayItem{entry.filePath(), label};
        else
            dataset.ignoredFiles << entry.filePath();
    }
}

/// Collects the class folders directly under FOLDER into ITEMS. Returns the number found.
int collectClasses(const QString &folder, QVector<XrayItem> &items, XrayDataset &dataset)
{
    int classFolders = 0;
    for (const QFileInfo &entry : listEntries(folder, QDir::Dirs | QDir::Files)) {
        if (isJunk(entry.fileName()))
            continue;
        const int label = indexOfName(dataset.classNames, entry.fileName());
        if (entry.isDir() && label >= 0) {
            collectClassFolder(entry.filePath(), label, items, dataset);
            ++classFolders;
        } else if (entry.isDir()) {
            dataset.ignoredFolders << entry.filePath();
        } else {
            dataset.ignoredFiles << entry.filePath();
        }
    }
    std::sort(items.begin(), items.end(),
              [](const XrayItem &a, const XrayItem &b) { return a.path < b.path; });
    return classFolders;
}

} // namespace

qsizetype XrayDataset::count(const QString &split, int classIndex) const
{
    const QVector<XrayItem> items = splits.value(split);
    return std::count_if(items.cbegin(), items.cend(),
                         [classIndex](const XrayItem &item) { return item.label == classIndex; });
}

QStringList XrayFolder::classNames()
{
    return {QStringLiteral("NORMAL"), QStringLiteral("PNEUMONIA")};
}

XrayDataset XrayFolder::scan(const QString &root)
{
    if (!QFileInfo(root).isDir())
        throw DataError(root, QString(), QCoreApplication::translate("cnnwb::data", "the folder does not exist"),
                        QCoreApplication::translate("cnnwb::data", "Choose the folder that holds train/, val/ and test/ or NORMAL/ and "
                           "PNEUMONIA/"));

    XrayDataset dataset;
    dataset.root = root;
    dataset.classNames = classNames();

    QMap<QString, QString> splitFolders; // canonical split name -> folder path
    bool hasClassFolders = false;
    for (const QFileInfo &entry : listEntries(root, QDir::Dirs)) {
        if (isJunk(entry.fileName()))
            continue;
        const int split = indexOfName(splitOrder(), entry.fileName());
        if (split >= 0)
            splitFolders.insert(splitOrder().at(split), entry.filePath());
        else if (indexOfName(dataset.classNames, entry.fileName()) >= 0)
            hasClassFolders = true;
    }

    if (!splitFolders.isEmpty()) {
        for (const QString &split : splitOrder()) {
            if (!splitFolders.contains(split))
                continue;
            QVector<XrayItem> items;
            collectClasses(splitFolders.value(split), items, dataset);
            dataset.splitNames << split;
            dataset.splits.insert(split, items);
        }
        for (const QFileInfo &entry : listEntries(root, QDir::Dirs)) {
            if (!isJunk(entry.fileName()) && indexOfName(splitOrder(), entry.fileName()) < 0)
                dataset.ignoredFolders << entry.filePath();
        }
    } else if (hasClassFolders) {
        QVector<XrayItem> items;
        collectClasses(root, items, dataset);
        dataset.splitNames << QStringLiteral("all");
        dataset.splits.insert(QStringLiteral("all"), items);
    } else {
        throw DataError(root, QString(),
                        QCoreApplication::translate("cnnwb::data", "the folder has neither train/, val/, test/ nor NORMAL/ and "
                           "PNEUMONIA/ sub-folders"),
                        QCoreApplication::translate("cnnwb::data", "Choose the chest_xray folder of the Kaggle release, or a folder "
                           "with one sub-folder per class"));
    }
    return dataset;
}

XraySource::XraySource(QVector<XrayItem> items, QStringList classNames, QString root, int side,
                       ClassifierAugmenter augmenter)
    : m_items(std::move(items))
    , m_classNames(std::move(classNames))
    , m_root(std::move(root))
    , m_side(side)
    , m_augmenter(std::move(augmenter))
{
}

qsizetype XraySource::size() const
{
    return m_items.size();
}

int XraySource::label(qsizetype index) const
{
    return m_items.at(index).label;
}

Sample XraySource::load(qsizetype index, std::mt19937 *rng) const
{
    cv::Mat image = loadXrayImage(m_items.at(index).path, m_side); // CV_8UC3 RGB
    if (rng && m_augmenter)
        m_augmenter(image, *rng);

    Sample sample;
    image.convertTo(sample.image, CV_32F, 1.0 / 255.0); // CV_32FC3 RGB in [0, 1]
    sample.label = m_items.at(index).label;
    return sample;
}

QStringList XraySource::classNames() const
{
    return m_classNames;
}

QString XraySource::describe(qsizetype index) const
{
    const QString &path = m_items.at(index).path;
    return m_root.isEmpty() ? path : QDir(m_root).relativeFilePath(path);
}

} // namespace cnnwb::data
